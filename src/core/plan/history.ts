import { OitError } from "../errors";
import { parseMonth } from "../input";
import { amountAt } from "../workbook/amounts";
import { requireCalculated } from "../workbook/calculated";
import { cellWhere, isBlankRow, labelOf, placeParams } from "../workbook/cells";
import { requireColumn } from "../workbook/columns";
import { compareDates, isoDate, parseDate, type CalendarDate } from "../workbook/dates";
import { lineKey } from "../workbook/forecasts";
import { allocationReader } from "../workbook/ledger";
import { normalizeName, textOf } from "../workbook/names";
import type { TableData } from "../workbook/types";
import type { ForecastVersion } from "./types";

export const HISTORY_TABLE = "Prognoshistorik";

/** Prognoshistorik's columns in the order the add-in writes them (workbook.md "Locked forecasts"). */
export const HISTORY_HEADERS = ["Version", "Låst", "Period t.o.m. månad", "Rad", "Fördelning", "Årsprognos", "Utfall"] as const;

interface HistoryColumns {
  version: number;
  locked: number;
  month: number;
  line: number;
  allocation: number;
  forecast: number;
  outcome: number;
}

function historyColumns(table: TableData): HistoryColumns {
  const [version, locked, month, line, allocation, forecast, outcome] = HISTORY_HEADERS.map((name) => requireColumn(table, { name }).index);
  return { version, locked, month, line, allocation, forecast, outcome };
}

/** Every row of a version carries the same Låst and month as its first; anything else is someone's edit. */
function requireSame(table: TableData, r: number, column: number, version: string, same: boolean, first: string): void {
  if (same) return;
  const where = cellWhere(table, r, column);
  throw new OitError("historyVersionMixed", { version, column: table.headers[column], first, ...placeParams(where) }, where);
}

/**
 * The locked forecasts of Prognoshistorik, in the order they were appended (a version is where its label first
 * appears). A row without a version, a line twice in one version or a version whose rows disagree on Låst or month
 * is an error naming the row: a forecast nobody can place is no forecast to compare with.
 */
export function readForecastHistory(table: TableData | undefined, parties: readonly string[]): ForecastVersion[] {
  if (!table) return [];
  requireCalculated(table);
  const columns = historyColumns(table);
  const allocationOf = allocationReader(table, parties);
  const versions = new Map<string, ForecastVersion & { seen: Map<string, number> }>();
  table.rows.forEach((row, r) => {
    if (isBlankRow(row)) return;
    const label = textOf(row[columns.version]);
    if (!label) {
      const where = cellWhere(table, r, columns.version);
      throw new OitError("historyEmptyVersion", placeParams(where), where);
    }
    const locked: CalendarDate = parseDate(row[columns.locked], cellWhere(table, r, columns.locked));
    const throughMonth = parseMonth(row[columns.month], cellWhere(table, r, columns.month));
    const id = normalizeName(label);
    let version = versions.get(id);
    if (!version) versions.set(id, (version = { label, locked, throughMonth, lines: [], rows: [], seen: new Map() }));
    requireSame(table, r, columns.locked, label, compareDates(locked, version.locked) === 0, isoDate(version.locked));
    requireSame(table, r, columns.month, label, throughMonth === version.throughMonth, String(version.throughMonth));
    const line = labelOf(table, row, r, columns.line);
    const allocation = allocationOf(row[columns.allocation], r, columns.allocation);
    const key = lineKey(line, allocation);
    const first = version.seen.get(key);
    if (first !== undefined) throw new OitError("historyLineTwice", { line, allocation, version: label, first, row: r + 1, table: table.name }, cellWhere(table, r, columns.line));
    version.seen.set(key, r + 1);
    version.lines.push({
      line,
      allocation,
      forecast: amountAt(table, row, r, columns.forecast),
      outcome: amountAt(table, row, r, columns.outcome),
      where: cellWhere(table, r, columns.forecast),
    });
    version.rows.push(r + 1);
  });
  return [...versions.values()].map(({ seen: _seen, ...version }) => version);
}

/**
 * The labels of Prognoshistorik's versions in the order they were appended, read from the Version column alone:
 * what the pane offers to compare with. A row the history cannot place is the report's to name, when it reads it whole.
 */
export function versionLabels(table: TableData | undefined): string[] {
  if (!table) return [];
  const column = requireColumn(table, { name: HISTORY_HEADERS[0] }).index;
  const labels = new Map<string, string>();
  for (const row of table.rows) {
    const label = textOf(row[column]);
    if (label && !labels.has(normalizeName(label))) labels.set(normalizeName(label), label);
  }
  return [...labels.values()];
}
