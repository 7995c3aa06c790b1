import { HISTORY_HEADERS, HISTORY_SHEET, HISTORY_TABLE, historyRows, historySheetLayout, inHeaderOrder, SEALS_HEADERS, SEALS_TABLE, type Lock, type TableCells } from "../core/plan";
import { chooseReportSheet } from "../core/report";
import { sameName, type TableData } from "../core/workbook";
import type { CellRange } from "../xlsx/a1";
import { adoptedSheet, insertSheet } from "../xlsx/insertSheet";
import type { XlsxPackage } from "../xlsx/package";
import { mergeCells, occupiedCell } from "../xlsx/sheetCells";
import { addTablePart, growTable, rangeText, tablePartsOf, type TablePart } from "../xlsx/tables";
import { sheetParts, type SheetPart } from "../xlsx/workbookParts";
import { reportSheetPackage } from "./writeReport";
import { cliError } from "./messages";

type Cell = string | number;

/** One of the two tables a lock appends to: its contract name and columns, and the rows of the new version. */
interface Appended {
  name: string;
  contract: readonly string[];
  rows: Cell[][];
}

/** Where a contract table stands in the file: an Excel table, or (read by the command line) a region of a plain sheet. */
function tableOf(pkg: XlsxPackage, tables: readonly TableData[], name: string): TablePart | undefined {
  const part = tablePartsOf(pkg).find((table) => sameName(table.name, name));
  if (part) return part;
  const region = tables.find((table) => sameName(table.name, name));
  const sheet = region && sheetParts(pkg).find((candidate) => candidate.name === region.sheet);
  if (!region || !sheet) return undefined;
  // A region of a plain sheet (an earlier command line's, or typed without making a table) becomes the table it stands for.
  const origin = region.origin ?? { row: 1, column: 0 };
  const range = { top: origin.row - 1, left: origin.column, bottom: origin.row - 1 + region.rows.length, right: origin.column + region.headers.length - 1 };
  addTablePart(pkg, sheet, name, region.headers, range);
  return tablePartsOf(pkg).find((table) => sameName(table.name, name));
}

/** Refuses to write where the user has something, or where another table stands: a lock never writes over a cell. */
function requireFree(pkg: XlsxPackage, sheet: SheetPart, range: CellRange, table: string): void {
  const cell = occupiedCell(pkg, sheet.part, range);
  const other = tablePartsOf(pkg).find((part) => part.sheet.part === sheet.part && part.range.left <= range.right && range.left <= part.range.right && part.range.top <= range.bottom && range.top <= part.range.bottom);
  if (cell || other) throw cliError("cliHistoryBlocked", { table, sheet: sheet.name, cells: rangeText(range), cell: cell ?? rangeText(other?.range ?? range) });
}

/** Cells rendered by ExcelJS at their places and put into the sheet, around what is there. */
async function writeCells(pkg: XlsxPackage, sheet: SheetPart, cells: TableCells): Promise<void> {
  const rendered = await reportSheetPackage(sheet.name, historySheetLayout(sheet.name, [cells]));
  mergeCells(pkg, sheet.part, adoptedSheet(pkg, rendered));
}

/** The version's rows under the table's last row, in the table's own column order; the table grows over them. */
async function appendTo(pkg: XlsxPackage, table: TablePart, appended: Appended): Promise<void> {
  if (table.totalsRows > 0) throw cliError("cliHistoryTotalsRow", { table: table.name, sheet: table.sheet.name });
  const rows = inHeaderOrder(table.headers, appended.contract, appended.rows);
  const range = { top: table.range.bottom + 1, left: table.range.left, bottom: table.range.bottom + rows.length, right: table.range.right };
  requireFree(pkg, table.sheet, range, table.name);
  await writeCells(pkg, table.sheet, { headers: table.headers, rows, row: range.top, column: range.left, withHeader: false });
  growTable(pkg, table, rows.length);
}

/** A new table with its header at a place of the sheet, the version's rows below. */
async function createAt(pkg: XlsxPackage, sheet: SheetPart, row: number, column: number, appended: Appended): Promise<void> {
  const range = { top: row, left: column, bottom: row + appended.rows.length, right: column + appended.contract.length - 1 };
  requireFree(pkg, sheet, range, appended.name);
  await writeCells(pkg, sheet, { headers: appended.contract, rows: appended.rows, row, column, withHeader: true });
  addTablePart(pkg, sheet, appended.name, appended.contract, range);
}

/** A sheet of its own for Prognoshistorik (named so, or "Prognoshistorik (2)" beside a sheet of the user's of that name). */
async function historySheet(pkg: XlsxPackage, appended: Appended): Promise<SheetPart> {
  const { name } = chooseReportSheet(HISTORY_SHEET, sheetParts(pkg).map((sheet) => ({ name: sheet.name, marked: false })));
  const layout = historySheetLayout(name, [{ headers: appended.contract, rows: appended.rows, row: 0, column: 0, withHeader: true }]);
  insertSheet(pkg, { pkg: await reportSheetPackage(name, layout), name, names: {} });
  const sheet = sheetParts(pkg).find((candidate) => candidate.name === name) as SheetPart;
  addTablePart(pkg, sheet, appended.name, appended.contract, { top: 0, left: 0, bottom: appended.rows.length, right: appended.contract.length - 1 });
  return sheet;
}

/**
 * `oit-budget lock` into the copy's package (workbook.md "Locked forecasts"): the new version's rows appended to
 * the Excel table Prognoshistorik wherever it stands (the pane's, the user's, or a plain-sheet region made one),
 * and its checksum to Prognoslås; each is created as a table when missing (the history on a sheet of its own,
 * the seals beside it, as the pane places them). Rows already there are never written; every other part of the
 * workbook is copied as it was. Returns the history's sheet.
 */
export async function appendLock(pkg: XlsxPackage, tables: readonly TableData[], lock: Lock): Promise<string> {
  const seal = lock.seals[lock.seals.length - 1];
  const history: Appended = { name: HISTORY_TABLE, contract: HISTORY_HEADERS, rows: historyRows(lock.locked) };
  const seals: Appended = { name: SEALS_TABLE, contract: SEALS_HEADERS, rows: [[seal.label, seal.fingerprint]] };
  const existing = tableOf(pkg, tables, HISTORY_TABLE);
  const existingSeals = tableOf(pkg, tables, SEALS_TABLE);
  let sheet: SheetPart;
  let beside: { row: number; column: number };
  if (existing) {
    await appendTo(pkg, existing, history);
    sheet = existing.sheet;
    beside = { row: existing.range.top, column: existing.range.right + 2 };
  } else {
    sheet = await historySheet(pkg, history);
    beside = { row: 0, column: HISTORY_HEADERS.length + 1 };
  }
  if (existingSeals) await appendTo(pkg, existingSeals, seals);
  else await createAt(pkg, sheet, beside.row, beside.column, seals);
  return sheet.name;
}
