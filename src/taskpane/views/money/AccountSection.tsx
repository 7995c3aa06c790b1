import { Body1Strong, Caption1, Card, makeStyles } from "@fluentui/react-components";
import type { MemberAccount } from "../../../core/account";
import { formatAmount } from "../../../i18n/numbers";
import { useStrings } from "../../i18n";
import { useHostCall } from "../../useAction";
import { AmountTable, type AmountLine } from "./AmountTable";
import { ActionSection, BasisSentence, SheetWritten } from "../ActionSection";

const useStyles = makeStyles({
  heading: { margin: 0 },
  settlement: { display: "flex", flexDirection: "column", alignItems: "flex-end" },
});

/** One member's year as the sheet Avräkning YYYY shows it: advances, re-invoicing, true-ups, settlement, financing. */
function MemberCard({ member }: { member: MemberAccount }) {
  const { t, language } = useStrings();
  const styles = useStyles();
  const kr = (amount: number, signed = false) => formatAmount(amount, language, signed);
  const action = member.settlement > 0 ? t("invoicesToInvoice") : member.settlement < 0 ? t("invoicesToCredit") : undefined;
  const lines: AmountLine[] = [
    ...member.advances.map((amount, i) => ({ label: t("invoicesQuarter", { n: i + 1 }), amount: kr(amount) })),
    { label: t("accountAdvances"), amount: kr(member.advances.reduce((sum, q) => sum + q, 0)), strong: true },
    { label: t("accountReinvoicingOpen"), amount: kr(member.reinvoicing.open) },
    { label: t("accountTrueUps"), amount: kr(member.trueUps.reduce((sum, amount) => sum + amount, 0), true) },
    ...(member.proposedTrueUp === undefined ? [] : [{ label: t("accountProposedTrueUp"), amount: kr(member.proposedTrueUp, true) }]),
    { label: t("accountActualCost"), amount: kr(member.actualCost) },
    { label: t("accountInvoiced"), amount: kr(member.invoiced) },
    {
      label: t("invoicesSettlement"),
      strong: true,
      amount: (
        <span className={styles.settlement}>
          {kr(member.settlement, true)}
          {action && <Caption1>{action}</Caption1>}
        </span>
      ),
    },
    ...(member.financing ? [{ label: t("accountFinancing"), amount: kr(member.financing.difference, true) }] : []),
  ];
  return (
    <Card>
      <Body1Strong as="h4" className={styles.heading}>{member.party}</Body1Strong>
      <AmountTable label={t("accountParty", { party: member.party })} lines={lines} />
    </Card>
  );
}

/** Medlemmarnas konto: one click writes the sheet Avräkning YYYY and shows each member's figures from it. */
export function AccountSection() {
  const { t } = useStrings();
  const write = useHostCall("writeAccount");
  return (
    <ActionSection heading={t("accountHeading")} intro={t("accountIntro")} action={write} button={t("accountWrite")}>
      <SheetWritten written={write.result}>
        {({ value: account }) => (
          <>
            <BasisSentence basis={account.basis} />
            {account.members.map((member) => <MemberCard key={member.party} member={member} />)}
          </>
        )}
      </SheetWritten>
    </ActionSection>
  );
}
