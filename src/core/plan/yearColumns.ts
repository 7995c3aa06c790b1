import { OitError } from "../errors";
import { tableWhere } from "../workbook/cells";
import { normalizeName } from "../workbook/names";
import type { TableData } from "../workbook/types";
import type { YearColumn } from "./types";

/** A header that is a year column, or undefined: `pattern` captures the four digits. */
function yearOf(header: string, pattern: RegExp): number | undefined {
  const match = pattern.exec(normalizeName(header));
  return match ? Number(match[1]) : undefined;
}

/**
 * The year columns of a table whose other columns are `known` (Rad, Fördelning, …): every other header must be a
 * year in the form `pattern` accepts (`forms` says it in words), each year once, at least one.
 */
export function yearColumns(table: TableData, known: readonly string[], pattern: RegExp, forms: readonly string[]): YearColumn[] {
  const knownNames = new Set(known.map(normalizeName));
  const columns: YearColumn[] = [];
  const place = { table: table.name, sheet: table.sheet };
  table.headers.forEach((raw, index) => {
    const header = String(raw ?? "").trim();
    if (knownNames.has(normalizeName(header))) return;
    const year = yearOf(header, pattern);
    const where = { ...tableWhere(table), column: index + 1, columnName: header };
    if (year === undefined) throw new OitError("planBadColumn", { column: header, forms, ...place }, where);
    const earlier = columns.find((column) => column.year === year);
    if (earlier) throw new OitError("planYearTwice", { year, first: earlier.header, second: header, ...place }, where);
    columns.push({ header, year, index });
  });
  if (columns.length === 0) throw new OitError("planNoYears", { forms, found: table.headers.join(", ") || "–", ...place }, tableWhere(table));
  return columns;
}
