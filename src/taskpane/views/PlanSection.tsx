import { useCallback, useState } from "react";
import { Field, Input, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { formatAmount } from "../../i18n/numbers";
import { useHost } from "../host";
import { useStrings } from "../i18n";
import { Notices } from "../Notices";
import { useAction, useHostCall } from "../useAction";
import { ActionSection } from "./ActionSection";

/** Budget och plan: one click writes the sheet Budget och plan YYYY–YYYY and shows each year's split and the financing notes. */
export function PlanSection() {
  const { t, language } = useStrings();
  const write = useHostCall("writePlan");
  const plan = write.result?.value;
  return (
    <ActionSection heading={t("planHeading")} intro={t("planIntro")} action={write} button={t("planWrite")}>
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
    </ActionSection>
  );
}

/** Lås prognos: the economist names the version; one click appends the lines' forecasts to Prognoshistorik. */
export function LockSection({ onLocked }: { onLocked?: (version: string) => void }) {
  const host = useHost();
  const { t } = useStrings();
  const [label, setLabel] = useState("");
  const lock = useAction(
    useCallback(async () => {
      const locked = await host.lockForecast(label);
      onLocked?.(locked.version);
      return locked;
    }, [host, label, onLocked])
  );
  const named = (
    <Field label={t("lockLabel")}>
      <Input value={label} placeholder="T1 2027" onChange={(_, data) => setLabel(data.value)} />
    </Field>
  );
  return (
    <ActionSection heading={t("lockHeading")} intro={t("lockIntro")} choices={named} action={lock} button={t("lockWrite")} incomplete={label.trim() === ""}>
      {lock.result && (
        <MessageBar intent="success">
          <MessageBarBody>{t("lockDone", { version: lock.result.version, count: lock.result.rows })}</MessageBarBody>
        </MessageBar>
      )}
    </ActionSection>
  );
}
