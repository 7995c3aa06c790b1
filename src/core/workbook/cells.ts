import { OitError, type MessageParams, type Where } from "../errors";
import { isBlank } from "../input";
import { cellAddress } from "./address";
import { textOf } from "./names";
import type { TableData } from "./types";

/** "A", …, "Z", "AA", … for a 0-based column. */
export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** The table and sheet, for errors about the table as a whole. */
export function tableWhere(table: TableData): Where {
  return { sheet: table.sheet, table: table.name };
}

/** Where a body cell is: row 1-based within the table body, and its A1 address when the host gave an origin. */
export function cellWhere(table: Pick<TableData, "sheet" | "name" | "headers" | "origin">, bodyRow: number, column: number): Where {
  const where: Where = {
    sheet: table.sheet,
    table: table.name,
    row: bodyRow + 1,
    column: column + 1,
    columnName: table.headers[column],
  };
  if (table.origin) {
    const letters = columnLetters(table.origin.column + column);
    where.address = cellAddress(table.sheet, `${letters}${table.origin.row + bodyRow + 1}`);
  }
  return where;
}

/** Parameters that name a cell in a message: its address, or Table[Column] when the address is unknown. */
export function placeParams(where: Where): MessageParams {
  return {
    row: where.row ?? "",
    table: where.table ?? "",
    sheet: where.sheet ?? "",
    cell: where.address ?? `${where.table ?? ""}[${where.columnName ?? where.column ?? ""}]`,
  };
}

export function isBlankRow(row: readonly unknown[]): boolean {
  return row.every(isBlank);
}

/** The text that names a row (Rad, Part, Orsak); blank on a row that has values is an error. */
export function labelOf(table: TableData, row: readonly unknown[], bodyRow: number, column: number): string {
  const label = textOf(row[column]);
  if (label) return label;
  const where = cellWhere(table, bodyRow, column);
  throw new OitError("blankLabel", { column: table.headers[column], ...placeParams(where) }, where);
}
