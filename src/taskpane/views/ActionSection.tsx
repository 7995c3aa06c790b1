import type { ReactNode } from "react";
import { Button, MessageBar, MessageBarBody, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Notice } from "../../core/errors";
import type { SettlementBasis } from "../../core/invoicing";
import { ActionProgress } from "../ActionProgress";
import { useStrings } from "../i18n";
import { Notices } from "../Notices";
import type { ActionState } from "../useAction";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
});

/**
 * A section of a view that writes one thing in one click: its heading (the section's name for a screen reader),
 * its introduction, what the user chooses first, the button with the action's progress, then what the action gave.
 */
export function ActionSection(props: {
  heading: string;
  intro?: string;
  action: ActionState<unknown>;
  button: string;
  /** True while what the user must choose first is missing. */
  incomplete?: boolean;
  choices?: ReactNode;
  children?: ReactNode;
}) {
  const { action } = props;
  const styles = useStyles();
  return (
    <section className={styles.section} aria-label={props.heading}>
      <Subtitle2 as="h3" className={styles.heading}>{props.heading}</Subtitle2>
      {props.intro && <Text>{props.intro}</Text>}
      {props.choices}
      <Button appearance="primary" onClick={() => void action.run()} disabled={action.running || props.incomplete === true}>{props.button}</Button>
      <ActionProgress action={action} />
      {props.children}
    </section>
  );
}

/** Under a written sheet, once it is: that it is written, what Excel refused of its print settings or chart, then its figures. */
export function SheetWritten<T extends { sheetName: string; skipped: readonly Notice[] }>(props: { written: T | undefined; children?: (written: T) => ReactNode }) {
  const { t } = useStrings();
  const { written } = props;
  if (!written) return null;
  return (
    <>
      <MessageBar intent="success"><MessageBarBody>{t("invoicesWritten", { sheet: written.sheetName })}</MessageBarBody></MessageBar>
      <Notices notices={written.skipped} />
      {props.children?.(written)}
    </>
  );
}

/** Which figures a settlement stands on: the year's outcome, or the full-year forecast while the year runs. */
export function BasisSentence({ basis }: { basis: SettlementBasis }) {
  const { t } = useStrings();
  return <Text>{basis === "outcome" ? t("invoicesBasisOutcome") : t("invoicesBasisForecast")}</Text>;
}
