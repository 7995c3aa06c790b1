import { Dec } from "../decimal";
import type { Column, Figures } from "../rounding";
import type { ForecastVersion } from "../plan/types";
import { lineKey } from "../workbook/forecasts";
import type { Rounding, Section, Unit } from "../workbook/types";
import { roundParts } from "./declared";
import { formatAmount, formatSigned, listed } from "./format";
import { committeeLabels, inCommitteeOrder, partsOf, type DeclaredLine } from "./parts";
import { inRowOrder, reportTable, shownNumbers } from "./rows";
import type { ReportTable } from "./types";

/** A line's forecast on one side of a comparison, in the report's unit. */
export interface ForecastSide {
  line: string;
  allocation: string;
  section?: Section;
  forecast: Dec;
}

const ZERO = new Dec(0);

/** The forecast change's columns: the locked forecast, the forecast now as the report shows it, and the change. */
function changeColumns(label: string): Column[] {
  return [
    { id: "locked", header: `Prognos ${label}`, rule: { figure: "locked" } },
    { id: "now", header: "Årsprognos", rule: { figure: "now", kept: true } },
    { id: "change", header: "Förändring", rule: { difference: ["now", "locked"] } },
  ];
}

/** The report's displayed forecast of a current line: every current line is a report line. */
function shownOf(shownNow: ReadonlyMap<string, bigint>, key: string): bigint {
  const shown = shownNow.get(key);
  if (shown === undefined) throw new Error(`no displayed forecast for the line ${key}`);
  return shown;
}

/**
 * Every line of either side, in the order of the forecast now then the locked lines no longer there, the forecast
 * now kept as the report displays it (`shownNow`, by line key: a Rad with revenue and cost lines is one line here,
 * their displayed sum), so the table's Årsprognos is the committee's, line by line and in Total.
 */
function comparedLines(locked: readonly ForecastSide[], now: readonly ForecastSide[], shownNow: ReadonlyMap<string, bigint>): DeclaredLine[] {
  const lockedOf = new Map(locked.map((side) => [lineKey(side.line, side.allocation), side]));
  const seen = new Set<string>();
  const line = (side: ForecastSide, nowForecast: Dec, lockedForecast: Dec, shown: bigint): DeclaredLine => ({
    label: side.line,
    allocation: side.allocation,
    // A line that is gone has no Typ in Prognoshistorik: its locked forecast's sign says revenue or cost.
    section: side.section ?? (lockedForecast.isNegative() ? "revenue" : "cost"),
    figures: { now: nowForecast, locked: lockedForecast },
    kept: { now: shown },
  });
  const current = now.map((side) => {
    const key = lineKey(side.line, side.allocation);
    const before = seen.has(key) ? undefined : lockedOf.get(key);
    seen.add(key);
    return line(side, side.forecast, before?.forecast ?? ZERO, shownOf(shownNow, key));
  });
  const gone = locked.filter((side) => !seen.has(lineKey(side.line, side.allocation))).map((side) => line(side, ZERO, side.forecast, 0n));
  return [...current, ...gone];
}

export const FORECAST_CHANGE_ID = "forecastChange";

/** The forecast change table and the figures its sentence is written from, by column id. */
export interface ForecastChange {
  table: ReportTable;
  total: Figures<number>;
  /** The lines in the order the table shows them. */
  lines: { label: string; change: number }[];
}

/**
 * "Förändring av årsprognosen sedan <version>" (workbook.md "Locked forecasts", domain.md section 11): per line the
 * locked forecast, the forecast now and the change, with Summa intäkter, Summa kostnader and Total, displayed
 * figures adding up and within 1 unit of exact (or a note), the forecast now as the report displays it.
 */
export function forecastChangeTable(label: string, sides: { locked: readonly ForecastSide[]; now: readonly ForecastSide[]; shownNow: ReadonlyMap<string, bigint> }, parties: readonly string[], rounding: Rounding, unit: Unit): ForecastChange {
  const parts = inCommitteeOrder(partsOf(comparedLines(sides.locked, sides.now, sides.shownNow), parties));
  const columns = changeColumns(label);
  const rounded = roundParts(columns, parts, rounding);
  const labels = committeeLabels(parts);
  const table = reportTable({ id: FORECAST_CHANGE_ID, title: `Förändring av årsprognosen sedan ${label}`, columns, labels, rounding, unit }, rounded.committee, rounded.exact.committee);
  return { table, total: shownNumbers(rounded.committee.total), lines: inRowOrder(labels).map((i) => ({ label: labels[i].label, change: Number(rounded.committee.lines[i].change) })) };
}

/** A version's lines as one side of a comparison, converted into the report's unit. */
export function lockedSide(version: ForecastVersion, factor: Dec): ForecastSide[] {
  return version.lines.map((line) => ({ line: line.line, allocation: line.allocation, forecast: line.forecast.times(factor) }));
}

/** "Årsprognosen har ändrats med +120 tkr sedan T1 2027; mest har Licenser (+120 tkr) och Telefoni (−30 tkr) ändrats." */
export function forecastChangeSentence(change: ForecastChange, label: string, unit: Unit): string {
  const moved = change.lines
    .filter((line) => line.change !== 0)
    .sort((a, b) => Math.abs(b.change) - Math.abs(a.change))
    .slice(0, 3)
    .map((line) => `${line.label} (${formatSigned(line.change)} ${unit})`);
  const most = moved.length === 0 ? " Ingen rad har ändrats." : ` Mest har ${listed(moved)} ändrats.`;
  const { locked, now, change: total } = change.total;
  return `Årsprognosen har sedan ${label} ändrats med ${formatSigned(total)} ${unit}, från ${formatAmount(locked)} ${unit} till ${formatAmount(now)} ${unit}.${most}`;
}
