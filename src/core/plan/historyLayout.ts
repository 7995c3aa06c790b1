import type { CellBlock, SheetLayout } from "../report/layout.types";
import { columnWidths } from "../report/columnWidths";
import { sameName } from "../workbook/names";
import { HISTORY_TABLE } from "./history";

/** The sheet both writers create for Prognoshistorik (and Prognoslås beside it) when the workbook has neither. */
export const HISTORY_SHEET = HISTORY_TABLE;

type Cell = string | number;

const AMOUNT_WITH_ÖRE = "#,##0.00;-#,##0.00";

/** The number format of the history's and the seals' columns by header: Låst an Excel date, the amounts with öre. */
const HISTORY_FORMATS: [string, string][] = [
  ["Låst", "yyyy-mm-dd"],
  ["Period t.o.m. månad", "0"],
  ["Årsprognos", AMOUNT_WITH_ÖRE],
  ["Utfall", AMOUNT_WITH_ÖRE],
];

/** The number format of a history column (by its header, as the contract matches names), or undefined. */
export function historyFormat(header: string): string | undefined {
  return HISTORY_FORMATS.find(([name]) => sameName(name, header))?.[1];
}

/**
 * Rows made in the contract's column order put in the order of a table's own headers: a table typed by hand may
 * order its columns otherwise (the contract matches them by name); a column the contract does not know stays blank.
 */
export function inHeaderOrder(headers: readonly string[], contract: readonly string[], rows: readonly Cell[][]): Cell[][] {
  const at = headers.map((header) => contract.findIndex((name) => sameName(name, header)));
  return rows.map((row) => at.map((i) => (i < 0 ? "" : row[i])));
}

/** Rows of a table to write at a 0-based position of a sheet, with the header row above them or without it. */
export interface TableCells {
  headers: readonly string[];
  rows: readonly Cell[][];
  row: number;
  column: number;
  withHeader: boolean;
}

/** The blocks of a table's cells: its header (when written), then each column with its number format. */
export function tableCellBlocks(table: TableCells): CellBlock[] {
  const top = table.row + (table.withHeader ? 1 : 0);
  const header: CellBlock[] = table.withHeader ? [{ row: table.row, column: table.column, values: [[...table.headers]], style: "header" }] : [];
  if (table.rows.length === 0) return header;
  return [
    ...header,
    ...table.headers.map((name, c): CellBlock => {
      const format = historyFormat(name);
      return { row: top, column: table.column + c, values: table.rows.map((row) => [row[c] ?? ""]), style: "line", ...(format && { numberFormat: format }) };
    }),
  ];
}

/** A sheet of history tables (Prognoshistorik, Prognoslås): values and formats only, the header row frozen. */
export function historySheetLayout(sheetName: string, tables: readonly TableCells[]): SheetLayout {
  const blocks = tables.flatMap(tableCellBlocks);
  return { sheetName, blocks, columnWidths: columnWidths(blocks), freezeRows: 1 };
}
