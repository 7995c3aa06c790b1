import { useCallback, useEffect, useState } from "react";
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text } from "@fluentui/react-components";
import type { Rounding, Unit } from "../../core/workbook";
import { formatAmount } from "../../i18n/numbers";
import { Choice } from "../Choice";
import { useHost, type ReportChoices } from "../host";
import { useStrings } from "../i18n";
import { Notices, ReviewNotices } from "../Notices";
import { Problem } from "../Problem";
import { ViewFrame } from "../ViewFrame";
import { LockSection, PlanSection } from "./PlanSection";
import { useAction } from "../useAction";
import { ActionProgress } from "../ActionProgress";

const months = Array.from({ length: 12 }, (_, i) => i + 1);
const units: Unit[] = ["tkr", "kr"];

/** Rapport: choose ledger, period, unit and rounding, then one click writes the report sheet. */
export function ReportView() {
  const host = useHost();
  const { t, language } = useStrings();
  const [choices, setChoices] = useState<ReportChoices | undefined>(undefined);
  const [loadError, setLoadError] = useState<unknown>(undefined);
  const [ledgerTable, setLedgerTable] = useState<string | undefined>(undefined);
  const [month, setMonth] = useState<number | undefined>(undefined);
  const [unit, setUnit] = useState<Unit | undefined>(undefined);
  const [rounding, setRounding] = useState<Rounding | undefined>(undefined);
  // Undefined: the latest locked version, also one locked after the view was loaded.
  const [compare, setCompare] = useState<string | undefined>(undefined);

  useEffect(() => {
    host.reportChoices().then(
      (loaded) => {
        setChoices(loaded);
        setLedgerTable(loaded.ledgerTables.length === 1 ? loaded.ledgerTables[0] : undefined);
        setMonth(loaded.month);
        setUnit(loaded.unit);
        setRounding(loaded.rounding);
      },
      (error: unknown) => setLoadError(error)
    );
  }, [host]);

  // A bad ledger fails the report with every bad row it found; ActionProgress lists them, nothing is read again.
  const write = useAction(
    useCallback(() => host.writeReport({ ledgerTable, throughMonth: month, reportUnit: unit, rounding, compare }), [host, ledgerTable, month, unit, rounding, compare])
  );

  if (loadError) return <Problem error={loadError} title={t("errorTitle")} />;
  if (!choices) return <Spinner label={t("working")} />;
  const roundingText = (value: Rounding) => (value === "controlled" ? t("roundingControlled") : t("roundingPerCell"));
  const report = write.result?.report;
  const versions = choices.versions ?? [];
  // A version locked here becomes the latest the report compares with, and one the list offers.
  const locked = (version: string) => {
    setChoices({ ...choices, versions: [...versions, version] });
    setCompare(undefined);
  };
  const shared = report?.deviationSplit;

  return (
    <ViewFrame heading={t("reportHeading")}>
      {choices.ledgerTables.length === 0 && (
        <MessageBar intent="warning"><MessageBarBody>{t("reportNoLedger")}</MessageBarBody></MessageBar>
      )}
      {choices.ledgerTables.length === 1 && <Text>{t("reportLedgerFound", { table: choices.ledgerTables[0] })}</Text>}
      {choices.ledgerTables.length > 1 && (
        <Choice label={t("reportLedger")} value={ledgerTable} options={choices.ledgerTables} text={(v) => v} onChange={setLedgerTable} />
      )}
      <Choice label={t("reportMonth")} value={month} options={months} text={(m) => String(m)} onChange={setMonth} />
      <Choice label={t("reportUnit")} value={unit} options={units} text={(u) => u} onChange={setUnit} />
      <Choice
        label={t("reportRounding")}
        value={rounding}
        options={["controlled", "per-cell"] as Rounding[]}
        text={roundingText}
        onChange={setRounding}
      />
      {versions.length > 0 && (
        <Choice label={t("reportCompare")} value={compare ?? versions[versions.length - 1]} options={versions} text={(v) => v} onChange={setCompare} />
      )}
      <Button appearance="primary" onClick={() => void write.run()} disabled={write.running || ledgerTable === undefined}>
        {t("reportWrite")}
      </Button>
      <ActionProgress action={write} />
      {write.result && report && shared && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("reportWritten", { sheet: write.result.sheetName, count: report.tables.length })}</MessageBarTitle>
            <div>{t("reportDeviation", { amount: formatAmount(shared.amount, language, true), unit: report.unit })}</div>
            {shared.parts.map((part) => (
              <div key={part.party}>
                {t("reportSplitPart", { party: part.party, amount: formatAmount(part.amount, language, true), unit: report.unit })}
              </div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      {write.result && <Notices notices={write.result.skipped} />}
      {report && <ReviewNotices notices={report.warnings} />}
      <LockSection onLocked={locked} />
      <PlanSection />
    </ViewFrame>
  );
}
