import { OitError } from "../errors";
import { keyForYear, type YearKey } from "../workbook/keyForYear";
import type { KeyEntry } from "../workbook/types";

export interface KeyOfColumn extends YearKey {
  /** The year whose decided key is used: the latest at or before the column's year (domain.md section 10). */
  keyYear: number;
}

/** The key a year column is split by; a year with no key at or before it is an error naming the column. */
export function keyOfColumn(entries: readonly KeyEntry[], column: { header: string; year: number }, table: string, decimals: number): KeyOfColumn {
  const years = [...new Set(entries.map((entry) => entry.year))].sort((a, b) => a - b);
  const keyYear = years.filter((year) => year <= column.year).pop();
  if (keyYear === undefined) throw new OitError("planNoKey", { year: column.year, column: column.header, table, found: years.join(", ") || "–" }, { table, columnName: column.header });
  return { ...keyForYear(entries, keyYear, decimals), keyYear };
}
