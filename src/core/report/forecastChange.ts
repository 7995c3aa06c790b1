import { Dec } from "../decimal";
import { roundControlled, roundPerCell } from "../rounding";
import type { Table } from "../rounding/types";
import type { ForecastVersion } from "../plan/types";
import { lineKey } from "../workbook/forecasts";
import type { Rounding, Section, Unit } from "../workbook/types";
import { roundingNote } from "./caption";
import { formatAmount, formatSigned, listed } from "./format";
import type { ReportLine } from "./lines";
import { committeeLabels, partsOf } from "./parts";
import { tableRows } from "./rows";
import type { ReportTable } from "./types";

/** A line's forecast on one side of a comparison, in the report's unit. */
export interface ForecastSide {
  line: string;
  allocation: string;
  section?: Section;
  forecast: Dec;
}

const ZERO = new Dec(0);

/**
 * Every line of either side, in the order of the forecast now then the locked lines no longer there: Förändring
 * rides on the report's period group, whose difference is its first figure minus its second, so a line is
 * (now, locked) and rounds exactly as the report's Budget, Utfall and Avvikelse ack. do — additive over the
 * lines, the sum rows and Total, the committee = its parts, Förändring = the displayed now − the displayed locked.
 */
function comparedLines(locked: readonly ForecastSide[], now: readonly ForecastSide[]): ReportLine[] {
  const lockedOf = new Map(locked.map((side) => [lineKey(side.line, side.allocation), side]));
  const seen = new Set<string>();
  const line = (side: ForecastSide, nowForecast: Dec, lockedForecast: Dec): ReportLine => ({
    label: side.line,
    allocation: side.allocation,
    // A line that is gone has no Typ in Prognoshistorik: its locked forecast's sign says revenue or cost.
    section: side.section ?? (lockedForecast.isNegative() ? "revenue" : "cost"),
    budget: nowForecast,
    outcome: lockedForecast,
    annualBudget: ZERO,
    forecast: ZERO,
  });
  const current = now.map((side) => {
    const key = lineKey(side.line, side.allocation);
    const before = seen.has(key) ? undefined : lockedOf.get(key);
    seen.add(key);
    return line(side, side.forecast, before?.forecast ?? ZERO);
  });
  const gone = locked.filter((side) => !seen.has(lineKey(side.line, side.allocation))).map((side) => line(side, ZERO, side.forecast));
  return [...current, ...gone];
}

/** [locked, now, change] from a row of the period group [now, locked, now − locked]. */
function reordered<T>(table: Table<T>): Table<T> {
  const row = (values: readonly T[]) => [values[1], values[0], values[2]];
  return { lines: table.lines.map(row), revenue: row(table.revenue), cost: row(table.cost), total: row(table.total) };
}

export const FORECAST_CHANGE_ID = "forecastChange";

/**
 * "Förändring av årsprognosen sedan <version>" (workbook.md "Locked forecasts", domain.md section 11): per line the
 * locked forecast, the forecast now and the change, with Summa intäkter, Summa kostnader and Total, displayed
 * figures adding up and within 1 unit of exact (or a note).
 */
export function forecastChangeTable(label: string, locked: readonly ForecastSide[], now: readonly ForecastSide[], parties: readonly string[], rounding: Rounding, unit: Unit): ReportTable {
  const parts = partsOf(comparedLines(locked, now), parties);
  const rounded = (rounding === "per-cell" ? roundPerCell : roundControlled)(parts);
  const title = `Förändring av årsprognosen sedan ${label}`;
  const columns = [`Prognos ${label}`, "Årsprognos", "Förändring"];
  const table: ReportTable = { id: FORECAST_CHANGE_ID, title, columns, rows: tableRows({ title, columns }, committeeLabels(parts), reordered(rounded.committee), reordered(rounded.exact.committee)) };
  if (!rounded.committee.withinOne) table.note = roundingNote(unit);
  return table;
}

/** A version's lines as one side of a comparison, converted into the report's unit. */
export function lockedSide(version: ForecastVersion, factor: Dec): ForecastSide[] {
  return version.lines.map((line) => ({ line: line.line, allocation: line.allocation, forecast: line.forecast.times(factor) }));
}

/** "Årsprognosen har ändrats med +120 tkr sedan T1 2027; mest har Licenser (+120 tkr) och Telefoni (−30 tkr) ändrats." */
export function forecastChangeSentence(table: ReportTable, label: string, unit: Unit): string {
  const [lockedTotal, nowTotal, change] = (table.rows.find((row) => row.kind === "total") as ReportTable["rows"][number]).values;
  const moved = table.rows
    .filter((row) => row.kind === "line" && row.values[2] !== 0)
    .sort((a, b) => Math.abs(b.values[2]) - Math.abs(a.values[2]))
    .slice(0, 3)
    .map((row) => `${row.label} (${formatSigned(row.values[2])} ${unit})`);
  const most = moved.length === 0 ? " Ingen rad har ändrats." : ` Mest har ${listed(moved)} ändrats.`;
  return `Årsprognosen har sedan ${label} ändrats med ${formatSigned(change)} ${unit}, från ${formatAmount(lockedTotal)} ${unit} till ${formatAmount(nowTotal)} ${unit}.${most}`;
}

