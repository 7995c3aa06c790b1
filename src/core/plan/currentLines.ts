import type { Dec } from "../decimal";
import { reportLines } from "../report/lines";
import { lineKey } from "../workbook/forecasts";
import type { Section, Settings, SummedLedger } from "../workbook/types";

/** A report line's forecast and outcome now, one per Rad and Fördelning (as Prognoshistorik keeps them). */
export interface CurrentLine {
  line: string;
  allocation: string;
  section: Section;
  forecast: Dec;
  outcome: Dec;
}

/**
 * The ledger's lines with their forecast and outcome in `unit`: the report's own lines, so a lock keeps exactly
 * what the report shows. A Rad with both revenue and cost rows is one line here (Prognoshistorik has no Typ).
 */
export function currentLines(ledger: SummedLedger, settings: Settings, unit = settings.inputUnit): CurrentLine[] {
  const lines = new Map<string, CurrentLine>();
  for (const line of reportLines(ledger, { ...settings, reportUnit: unit }, [])) {
    const key = lineKey(line.label, line.allocation);
    const known = lines.get(key);
    if (known) {
      known.forecast = known.forecast.plus(line.forecast);
      known.outcome = known.outcome.plus(line.outcome);
    } else lines.set(key, { line: line.label, allocation: line.allocation, section: line.section, forecast: line.forecast, outcome: line.outcome });
  }
  return [...lines.values()];
}
