import { useCallback, useEffect, useState } from "react";
import { Body1Strong, Card, makeStyles } from "@fluentui/react-components";
import type { ExitSplit } from "../../../core/exit";
import { formatAmount } from "../../../i18n/numbers";
import { Choice } from "../../Choice";
import { useHost } from "../../host";
import { useStrings } from "../../i18n";
import { Problem } from "../../Problem";
import { useAction, useHostCall } from "../../useAction";
import { AmountTable } from "./AmountTable";
import { ActionSection, SheetWritten } from "../ActionSection";

const useStyles = makeStyles({
  heading: { margin: 0 },
});

/** The exit's figures as the sheet Avveckling YYYY shows them: each party's total, then each remaining party's cost before and after. */
function ExitFigures({ split }: { split: ExitSplit }) {
  const { t, language } = useStrings();
  const styles = useStyles();
  const kr = (amount: number) => formatAmount(amount, language);
  return (
    <>
      <Card>
        <Body1Strong as="h4" className={styles.heading}>{t("exitTotals")}</Body1Strong>
        <AmountTable label={t("exitTotals")} lines={split.totals.map((total) => ({ label: total.party, amount: kr(total.amount) }))} />
      </Card>
      {split.remaining.map((party) => (
        <Card key={party.party}>
          <Body1Strong as="h4" className={styles.heading}>{t("exitRemaining", { party: party.party })}</Body1Strong>
          <AmountTable
            label={t("exitRemaining", { party: party.party })}
            lines={[
              { label: t("exitBefore"), amount: kr(party.before) },
              { label: t("exitAfter"), amount: kr(party.after), strong: true },
            ]}
          />
        </Card>
      ))}
    </>
  );
}

/** När en part lämnar: the party that leaves, then one click writes the sheet Avveckling YYYY and shows its figures. */
export function ExitSection() {
  const host = useHost();
  const { t } = useStrings();
  const candidates = useHostCall("exitCandidates");
  const [party, setParty] = useState<string | undefined>();
  const write = useAction(useCallback(() => host.writeExit(party as string), [host, party]));
  const { run: loadCandidates } = candidates;
  useEffect(() => void loadCandidates(), [loadCandidates]);
  const options = candidates.result ?? [];
  // The first member that can leave is chosen until the user picks another.
  const first = candidates.result?.[0];
  useEffect(() => {
    if (party === undefined && first !== undefined) setParty(first);
  }, [party, first]);
  const choices = (
    <>
      {candidates.error !== undefined && <Problem error={candidates.error} title={t("errorTitle")} />}
      {options.length > 0 && <Choice label={t("exitParty")} value={party} options={options} text={(name) => name} onChange={setParty} />}
    </>
  );
  return (
    <ActionSection heading={t("exitHeading")} intro={t("exitIntro")} choices={choices} action={write} button={t("exitWrite")} incomplete={party === undefined}>
      <SheetWritten written={write.result}>{({ value }) => <ExitFigures split={value} />}</SheetWritten>
    </ActionSection>
  );
}
