import type { Dec } from "../decimal";
import { locate } from "../errors";
import { parseAmount } from "../input";
import type { AmountSum } from "../rules/amountSum";
import { exactAmount, numberCellDecimals, numberCellUnits, type ExactAmount } from "../rules/exactAmount";
import { cellWhere } from "./cells";
import type { TableData } from "./types";

/**
 * A cell read by `read`. This is the hot path (a ledger may hold 100 000 rows): the cell's place is only
 * worked out when the value is bad.
 */
function cellAt<T>(read: (value: unknown) => T, table: TableData, row: readonly unknown[], bodyRow: number, column: number): T {
  try {
    return read(row[column]);
  } catch (error) {
    throw locate(error, cellWhere(table, bodyRow, column));
  }
}

/** An amount cell of a table (blank = 0), as a Dec. */
export function amountAt(table: TableData, row: readonly unknown[], bodyRow: number, column: number): Dec {
  return cellAt(parseAmount, table, row, bodyRow, column);
}

/** amountAt as an exact amount on integers (ExactAmount): a ledger's amounts, which are summed per line. */
export function exactAmountAt(table: TableData, row: readonly unknown[], bodyRow: number, column: number): ExactAmount {
  return cellAt(exactAmount, table, row, bodyRow, column);
}

/**
 * exactAmountAt's amount added to `sum`: a number cell (the ledger's hot path) without an object, anything else
 * as exactAmountAt reads it (errors naming the cell).
 */
export function addAmountAt(sum: AmountSum, table: TableData, row: readonly unknown[], bodyRow: number, column: number): void {
  const value = row[column];
  if (typeof value === "number") {
    const decimals = numberCellDecimals(value);
    if (decimals >= 0) return sum.addUnits(numberCellUnits(value, decimals), decimals);
  }
  sum.add(exactAmountAt(table, row, bodyRow, column));
}
