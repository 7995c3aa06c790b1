import { parseRequiredAmount } from "../input";
import { requireCalculated } from "./calculated";
import { cellWhere, isBlankRow, labelOf } from "./cells";
import { requireColumn } from "./columns";
import type { Cause, TableData } from "./types";

export const CAUSES_TABLE = "Avvikelseorsaker";

/** Avvikelseorsaker: Orsak | Belopp, amounts in the report's unit; a cause without an amount is an error. */
export function readCauses(table: TableData): Cause[] {
  requireCalculated(table);
  const cause = requireColumn(table, { name: "Orsak" }).index;
  const amount = requireColumn(table, { name: "Belopp" }).index;
  return table.rows.flatMap((row, r) => {
    if (isBlankRow(row)) return [];
    return [{ cause: labelOf(table, row, r, cause), amount: parseRequiredAmount(row[amount], cellWhere(table, r, amount)) }];
  });
}
