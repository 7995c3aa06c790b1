import { OitError } from "../errors";
import { cellWhere, placeParams } from "./cells";
import type { TableData } from "./types";

/** One error per cell of the table whose formula has no computed value (TableData.uncalculated). */
export function uncalculatedCells(table: TableData): OitError[] {
  return (table.uncalculated ?? []).map(({ row, column }) => {
    const where = cellWhere(table, row, column);
    return new OitError("uncalculatedFormula", placeParams(where), where);
  });
}

/**
 * A table read for figures must hold computed values: a formula the file has no value for would otherwise be
 * read as a blank, and a blank amount is 0 — a silent wrong figure. The first such cell is named.
 */
export function requireCalculated(table: TableData): void {
  const [first] = uncalculatedCells(table);
  if (first) throw first;
}
