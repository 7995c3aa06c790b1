import type { Dec } from "../decimal";
import { locate } from "../errors";
import { parseAmount } from "../input";
import { cellWhere } from "./cells";
import type { TableData } from "./types";

/**
 * An amount cell of a table (blank = 0). This is the hot path (a ledger may hold 100 000 rows): the cell's
 * place is only worked out when the value is bad.
 */
export function amountAt(table: TableData, row: readonly unknown[], bodyRow: number, column: number): Dec {
  try {
    return parseAmount(row[column]);
  } catch (error) {
    throw locate(error, cellWhere(table, bodyRow, column));
  }
}
