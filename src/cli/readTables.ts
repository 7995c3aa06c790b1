import type { Workbook, Worksheet } from "exceljs";
import { type TableData, isBlankRow, sameName } from "../core/workbook";
import { parseRange, type CellRange } from "../xlsx/a1";
import { isUncalculatedFormula, rawCellValue } from "./cellValue";
import { isBlank } from "../core/input";
import { contractTableOf } from "./headers";

/** What ExcelJS 4.4 keeps of a table loaded from a file: its model, without rows (its typings say otherwise). */
interface LoadedTable {
  name: string;
  tableRef?: string;
  ref?: string;
  totalsRow?: boolean;
  columns?: { name: string }[];
}

/** ExcelJS's sheet values: rows and cells 1-based, sparse. */
type SheetValues = unknown[][];

function loadedTables(sheet: Worksheet): LoadedTable[] {
  return (sheet.getTables() as unknown as { table: LoadedTable }[]).map((entry) => entry.table);
}

function rowCells(values: SheetValues, row: number, left: number, right: number): unknown[] {
  const cells = values[row + 1] ?? [];
  const result: unknown[] = [];
  for (let column = left; column <= right; column++) result.push(rawCellValue(cells[column + 1] as never));
  return result;
}

interface Body {
  rows: unknown[][];
  uncalculated?: TableData["uncalculated"];
}

/** The rows of a table's body, and where a formula has no computed value, for the core to refuse by name. */
function rowsBetween(values: SheetValues, first: number, last: number, range: CellRange): Body {
  const rows: unknown[][] = [];
  const uncalculated: NonNullable<TableData["uncalculated"]> = [];
  for (let row = first; row <= last; row++) {
    rows.push(rowCells(values, row, range.left, range.right));
    const cells = values[row + 1] ?? [];
    for (let column = range.left; column <= range.right; column++) {
      if (isUncalculatedFormula(cells[column + 1] as never)) uncalculated.push({ row: row - first, column: column - range.left });
    }
  }
  return uncalculated.length ? { rows, uncalculated } : { rows };
}

/**
 * An Excel table. ExcelJS reads a header row only when the file says headerRowCount="1", which
 * Excel leaves out (it is the default), so the header row is recognised by its text instead.
 */
function excelTable(sheet: Worksheet, values: SheetValues, table: LoadedTable): TableData | null {
  const range = parseRange(table.tableRef ?? table.ref ?? "");
  if (!range) return null;
  const top = rowCells(values, range.top, range.left, range.right);
  const names = (table.columns ?? []).map((column) => column.name);
  const hasHeaderRow =
    names.length !== top.length || names.every((name, i) => sameName(name, String(top[i] ?? "")));
  const first = range.top + (hasHeaderRow ? 1 : 0);
  const last = range.bottom - (table.totalsRow ? 1 : 0);
  return {
    name: table.name,
    sheet: sheet.name,
    headers: names.length === top.length ? names : top.map((cell) => String(cell ?? "")),
    ...rowsBetween(values, first, last, range),
    origin: { row: first, column: range.left },
  };
}

/** Runs of adjacent non-blank cells in the sheet's first row: side-by-side header rows. */
function headerRuns(values: SheetValues): CellRange[] {
  const first = values[1] ?? [];
  const runs: CellRange[] = [];
  for (let column = 0; column < first.length - 1; column++) {
    if (isBlank(rawCellValue(first[column + 1] as never))) continue;
    const last = runs[runs.length - 1];
    if (last && last.right === column - 1) last.right = column;
    else runs.push({ top: 0, left: column, bottom: 0, right: column });
  }
  return runs;
}

/**
 * A region under a first-row header of the contract, down to the last row with a value in its columns
 * (workbook.md): a blank row in between is one the readers skip, never the end, or every row below it
 * would be dropped without a word.
 */
function headerRegion(sheet: Worksheet, values: SheetValues, run: CellRange): TableData | null {
  const headers = rowCells(values, 0, run.left, run.right);
  const name = contractTableOf(headers);
  if (!name) return null;
  let last = values.length - 2;
  while (last > 0 && isBlankRow(rowCells(values, last, run.left, run.right))) last--;
  return {
    name,
    sheet: sheet.name,
    headers: headers.map((cell) => String(cell ?? "")),
    ...rowsBetween(values, 1, last, run),
    origin: { row: 1, column: run.left },
  };
}

function present(tables: TableData[], name: string): boolean {
  return tables.some((table) => sameName(table.name, name));
}

/**
 * Every Excel table of the workbook, then (workbook.md, for the command line) each contract
 * table that is not among them, from the first sheet without tables whose first row carries
 * its headers; such a region is named after the contract table ("Underlag").
 */
export function readTables(workbook: Workbook): TableData[] {
  const tables: TableData[] = [];
  const plainSheets: Worksheet[] = [];
  workbook.eachSheet((sheet) => {
    const loaded = loadedTables(sheet);
    if (loaded.length === 0) return void plainSheets.push(sheet);
    const values = sheet.getSheetValues() as SheetValues;
    for (const table of loaded) {
      const data = excelTable(sheet, values, table);
      if (data) tables.push(data);
    }
  });
  for (const sheet of plainSheets) {
    const values = sheet.getSheetValues() as SheetValues;
    for (const run of headerRuns(values)) {
      const region = headerRegion(sheet, values, run);
      if (region && !present(tables, region.name)) tables.push(region);
    }
  }
  return tables;
}
