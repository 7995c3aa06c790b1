import type { ReactNode } from "react";
import { Caption1, Card, Subtitle2, Table, TableBody, TableCell, TableRow, makeStyles, tokens } from "@fluentui/react-components";
import type { InvoicePlan, PartyInvoices } from "../../core/invoicing";
import { formatAmount } from "../../i18n/numbers";
import type { StringId } from "../../i18n/strings";
import { useStrings } from "../i18n";
import { ViewFrame } from "../ViewFrame";
import { useHostCall } from "../useAction";
import { AccountSection } from "./money/AccountSection";
import { ExitSection } from "./money/ExitSection";
import { ActionSection, BasisSentence, SheetWritten } from "./ActionSection";

const useStyles = makeStyles({
  parties: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  // Figures right-aligned in equal-width digits, so kronor line up under each other.
  amount: { textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  party: { margin: 0 },
  annual: { fontWeight: tokens.fontWeightSemibold },
  settlement: { display: "flex", flexDirection: "column", alignItems: "flex-end" },
});

/** What the settlement asks of the party: positive is invoiced, negative credited, zero nothing. */
function settlementAction(settlement: number): StringId | undefined {
  if (settlement > 0) return "invoicesToInvoice";
  if (settlement < 0) return "invoicesToCredit";
  return undefined;
}

function AmountRow({ label, children, className }: { label: string; children: ReactNode; className?: string }) {
  const styles = useStyles();
  return (
    <TableRow className={className}>
      <TableCell>{label}</TableCell>
      <TableCell className={styles.amount}>{children}</TableCell>
    </TableRow>
  );
}

/** One party's year: the four advance invoices, their annual sum and, once known, the settlement. */
function PartyCard({ party }: { party: PartyInvoices }) {
  const { t, language } = useStrings();
  const styles = useStyles();
  const action = party.settlement === undefined ? undefined : settlementAction(party.settlement);
  return (
    <Card>
      <Subtitle2 as="h3" className={styles.party}>{party.party}</Subtitle2>
      <Table size="small" aria-label={t("invoicesPartyPlan", { party: party.party })}>
        <TableBody>
          {party.quarters.map((amount, i) => (
            <AmountRow key={i} label={t("invoicesQuarter", { n: i + 1 })}>{formatAmount(amount, language)}</AmountRow>
          ))}
          <AmountRow label={t("invoicesAnnual")} className={styles.annual}>{formatAmount(party.annual, language)}</AmountRow>
          {party.settlement !== undefined && (
            <AmountRow label={t("invoicesSettlement")}>
              <span className={styles.settlement}>
                {formatAmount(party.settlement, language, true)}
                {action && <Caption1>{t(action)}</Caption1>}
              </span>
            </AmountRow>
          )}
        </TableBody>
      </Table>
    </Card>
  );
}

function PlanCards({ plan }: { plan: InvoicePlan }) {
  const styles = useStyles();
  return (
    <div className={styles.parties}>
      {plan.parties.map((party) => <PartyCard key={party.party} party={party} />)}
    </div>
  );
}

/** Fakturering och avräkning: one click writes the quarterly invoices and the settlement to a sheet. */
export function InvoicesView() {
  const { t } = useStrings();
  const write = useHostCall("writeInvoices");
  return (
    <ViewFrame heading={t("invoicesHeading")} intro={t("invoicesIntro")}>
      <AccountSection />
      <ActionSection heading={t("invoicesSheet")} action={write} button={t("invoicesWrite")}>
        <SheetWritten written={write.result}>
          {({ plan }) => (
            <>
              {plan.basis && <BasisSentence basis={plan.basis} />}
              <PlanCards plan={plan} />
            </>
          )}
        </SheetWritten>
      </ActionSection>
      <ExitSection />
    </ViewFrame>
  );
}
