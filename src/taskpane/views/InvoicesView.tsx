import { useCallback } from "react";
import {
  Button,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
} from "@fluentui/react-components";
import type { InvoicePlan } from "../../core/invoicing/types";
import { formatAmount } from "../../i18n/numbers";
import { useHost } from "../host";
import { useStrings } from "../i18n";
import { Problem } from "../Problem";
import { ViewFrame } from "../ViewFrame";
import { useAction } from "../useAction";

const useStyles = makeStyles({
  table: { overflowX: "auto" },
  number: { textAlign: "right" },
});

function PlanTable({ plan }: { plan: InvoicePlan }) {
  const { t, language } = useStrings();
  const styles = useStyles();
  const amount = (value: number, signed = false) => formatAmount(value, language, signed);
  return (
    <div className={styles.table}>
      <Table size="extra-small" aria-label={t("invoicesHeading")}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t("invoicesParty")}</TableHeaderCell>
            {[1, 2, 3, 4].map((n) => <TableHeaderCell key={n}>{t("invoicesQuarter", { n })}</TableHeaderCell>)}
            {plan.basis && <TableHeaderCell>{t("invoicesSettlement")}</TableHeaderCell>}
          </TableRow>
        </TableHeader>
        <TableBody>
          {plan.parties.map((party) => (
            <TableRow key={party.party}>
              <TableCell>{party.party}</TableCell>
              {party.quarters.map((q, i) => <TableCell key={i} className={styles.number}>{amount(q)}</TableCell>)}
              {plan.basis && <TableCell className={styles.number}>{amount(party.settlement ?? 0, true)}</TableCell>}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

/** Fakturering och avräkning: one click writes the quarterly invoices and the settlement to a sheet. */
export function InvoicesView() {
  const host = useHost();
  const { t } = useStrings();
  const write = useAction(useCallback(() => host.writeInvoices(), [host]));
  const plan = write.result?.plan;
  return (
    <ViewFrame heading={t("invoicesHeading")} intro={t("invoicesIntro")}>
      <Button appearance="primary" onClick={() => void write.run()} disabled={write.running}>{t("invoicesWrite")}</Button>
      {write.running && <ProgressBar aria-label={t("working")} />}
      {write.error !== undefined && <Problem error={write.error} title={t("errorTitle")} />}
      {write.result && plan && (
        <>
          <MessageBar intent="success"><MessageBarBody>{t("invoicesWritten", { sheet: write.result.sheetName })}</MessageBarBody></MessageBar>
          {plan.basis && <Text>{plan.basis === "outcome" ? t("invoicesBasisOutcome") : t("invoicesBasisForecast")}</Text>}
          <PlanTable plan={plan} />
        </>
      )}
    </ViewFrame>
  );
}
