import { useCallback, useState } from "react";
import { Button, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { formatAmount } from "../../i18n/numbers";
import { useHost } from "../host";
import { useStrings } from "../i18n";
import { Notices } from "../Notices";
import { useAction } from "../useAction";
import { ActionProgress } from "../ActionProgress";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
});

/** Budget och plan: one click writes the sheet Budget och plan YYYY–YYYY and shows each year's split and the financing notes. */
export function PlanSection() {
  const host = useHost();
  const { t, language } = useStrings();
  const styles = useStyles();
  const write = useAction(useCallback(() => host.writePlan(), [host]));
  const plan = write.result?.value;
  return (
    <section className={styles.section} aria-label={t("planHeading")}>
      <Subtitle2 as="h3" className={styles.heading}>{t("planHeading")}</Subtitle2>
      <Text>{t("planIntro")}</Text>
      <Button appearance="primary" onClick={() => void write.run()} disabled={write.running}>{t("planWrite")}</Button>
      <ActionProgress action={write} />
      {write.result && plan && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("invoicesWritten", { sheet: write.result.sheetName })}</MessageBarTitle>
            {plan.split.flatMap((split) =>
              split.parts.map((part) => (
                <div key={`${split.column}:${part.party}`}>{t("planSplit", { column: split.column, party: part.party, amount: formatAmount(part.amount, language), unit: plan.unit })}</div>
              ))
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {write.result && <Notices notices={write.result.skipped} />}
      {plan && <Notices notices={plan.warnings} />}
    </section>
  );
}

/** Lås prognos: the economist names the version; one click appends the lines' forecasts to Prognoshistorik. */
export function LockSection({ onLocked }: { onLocked?: (version: string) => void }) {
  const host = useHost();
  const { t } = useStrings();
  const styles = useStyles();
  const [label, setLabel] = useState("");
  const lock = useAction(
    useCallback(async () => {
      const locked = await host.lockForecast(label);
      onLocked?.(locked.version);
      return locked;
    }, [host, label, onLocked])
  );
  return (
    <section className={styles.section} aria-label={t("lockHeading")}>
      <Subtitle2 as="h3" className={styles.heading}>{t("lockHeading")}</Subtitle2>
      <Text>{t("lockIntro")}</Text>
      <Field label={t("lockLabel")}>
        <Input value={label} placeholder="T1 2027" onChange={(_, data) => setLabel(data.value)} />
      </Field>
      <Button appearance="primary" onClick={() => void lock.run()} disabled={lock.running || label.trim() === ""}>{t("lockWrite")}</Button>
      <ActionProgress action={lock} />
      {lock.result && (
        <MessageBar intent="success">
          <MessageBarBody>{t("lockDone", { version: lock.result.version, count: lock.result.rows })}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
