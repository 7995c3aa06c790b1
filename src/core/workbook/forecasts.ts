import { exactAmountOf, zeroAmount, type ExactAmount } from "../rules/exactAmount";
import { OitError, type Notice } from "../errors";
import { amountAt } from "./amounts";
import { cellWhere, isBlankRow, labelOf, placeParams } from "./cells";
import { findColumn, requireColumn } from "./columns";
import { allocationReader } from "./ledger";
import { normalizeName, textOf } from "./names";
import type { Forecast, TableData } from "./types";

export const FORECAST_TABLE = "Prognos";

/** Rad and Fördelning as the name rule compares them: one key per report line. */
export function lineKey(line: string, allocation: string): string {
  return `${normalizeName(line)}\u0001${normalizeName(allocation)}`;
}

/** The rows of the economist's Prognos table (absent: none); a line given twice is an error naming both rows. */
export function readForecasts(table: TableData | undefined, parties: readonly string[]): Forecast[] {
  if (!table) return [];
  const line = requireColumn(table, { name: "Rad" }).index;
  const allocation = requireColumn(table, { name: "Fördelning" }).index;
  const forecast = requireColumn(table, { name: "Årsprognos", aliases: ["Prognos"] }).index;
  const comment = findColumn(table, { name: "Kommentar" })?.index;
  const allocationOf = allocationReader(table, parties);
  const seen = new Map<string, number>();
  const forecasts: Forecast[] = [];
  table.rows.forEach((row, r) => {
    if (isBlankRow(row)) return;
    const entry: Forecast = {
      line: labelOf(table, row, r, line),
      allocation: allocationOf(row[allocation], r, allocation),
      forecast: amountAt(table, row, r, forecast),
      where: cellWhere(table, r, forecast),
    };
    if (comment !== undefined && textOf(row[comment])) entry.comment = textOf(row[comment]);
    const key = lineKey(entry.line, entry.allocation);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      const where = cellWhere(table, r, line);
      throw new OitError("forecastTwice", { line: entry.line, allocation: entry.allocation, first: earlier, ...placeParams(where) }, where);
    }
    seen.set(key, r + 1);
    forecasts.push(entry);
  });
  return forecasts;
}

/** What carries a line's forecast: a ledger row, or a ledger line (LedgerLine). */
interface ForecastOf {
  line: string;
  allocation: string;
  forecast: ExactAmount;
}

/**
 * The ledger with each line's forecast taken from Prognos where it has one (workbook.md): the line's first
 * row carries it, its other rows 0, so the line sums to exactly the economist's figure whatever the export
 * said. Summed lines (Rad, Fördelning, section) take it the same way: the first with the row that carries it.
 * Prognos rows that name no line of the ledger are warnings (a renamed line would lose its forecast).
 */
export function applyForecasts<T extends ForecastOf>(rows: readonly T[], forecasts: readonly Forecast[]): { rows: T[]; warnings: Notice[] } {
  if (forecasts.length === 0) return { rows: [...rows], warnings: [] };
  const byLine = new Map(forecasts.map((forecast) => [lineKey(forecast.line, forecast.allocation), forecast]));
  const used = new Set<string>();
  const applied = rows.map((row) => {
    const key = lineKey(row.line, row.allocation);
    const forecast = byLine.get(key);
    if (!forecast) return row;
    const first = !used.has(key);
    used.add(key);
    return { ...row, forecast: first ? exactAmountOf(forecast.forecast) : zeroAmount };
  });
  const warnings: Notice[] = forecasts
    .filter((forecast) => !used.has(lineKey(forecast.line, forecast.allocation)))
    .map((forecast) => ({ code: "forecastUnused", params: { line: forecast.line, allocation: forecast.allocation }, where: forecast.where }));
  return { rows: applied, warnings };
}
