import { Dec } from "../decimal";
import { columnWidths } from "../report/columnWidths";
import { AMOUNT_FORMAT } from "../report/layout";
import type { CellBlock, SheetLayout } from "../report/layout.types";
import { printSettings } from "../report/printSettings";
import { wrapParagraphs } from "../report/wrapParagraphs";

type Cell = string | number | null;

/** The column's sum, exact (an invoice may carry öre); blank for a column of text. */
function columnSum(rows: readonly Cell[][], column: number): number | null {
  const amounts = rows.map((row) => row[column]).filter((value): value is number => typeof value === "number");
  return amounts.length === 0 ? null : Dec.sum(0, ...amounts).toNumber();
}

/**
 * A table of kronor as the money sheets show it: a header, one row per party (its label first), a Summa row
 * that is the sum of the rows shown, and a caption under it. Returns the blocks and the first free row after.
 */
export function amountTable(top: number, header: string[], rows: Cell[][], caption: string): { blocks: CellBlock[]; next: number } {
  const totals = header.slice(1).map((_, c) => columnSum(rows, c + 1));
  const blocks: CellBlock[] = [
    { row: top, column: 0, values: [header], style: "header" },
    { row: top + 1, column: 0, values: rows, style: "line", numberFormat: AMOUNT_FORMAT },
    { row: top + 1 + rows.length, column: 0, values: [["Summa", ...totals]], style: "total", numberFormat: AMOUNT_FORMAT },
    { row: top + 2 + rows.length, column: 0, values: [[caption]], style: "caption" },
  ];
  return { blocks, next: top + 4 + rows.length };
}

/**
 * A sheet of the money between the members (invoices, the account, the exit): its blocks in columns wide enough
 * for them, captions wrapped under their tables, printed upright on one page's width.
 */
export function moneySheet(sheetName: string, blocks: readonly CellBlock[]): SheetLayout {
  const widths = columnWidths(blocks);
  return {
    sheetName,
    blocks: wrapParagraphs(blocks, widths),
    columnWidths: widths,
    freezeRows: 0,
    print: printSettings("portrait", 0),
  };
}
