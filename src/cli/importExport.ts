import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { OitError, isOitError } from "../core/errors";
import {
  exportFormatOf,
  importFromTables,
  importSettingsOf,
  ledgerSheetRows,
  readExportFile,
  readTableExport,
  type ExportData,
  type ImportResult,
  type ImportSettings,
} from "../core/import";
import { cellAddress } from "../core/workbook/address";
import { LEDGER_TABLE } from "../core/workbook/ledger";
import { sameName } from "../core/workbook/names";
import type { Settings, TableData } from "../core/workbook/types";
import { insertSheet } from "../xlsx/insertSheet";
import { openPackage, type XlsxPackage } from "../xlsx/package";
import { rawCellValue } from "./cellValue";
import { readTables } from "./readTables";
import { reportSheetsOf } from "./writeReport";

/** The defined name that marks the Underlag sheet the import wrote, so a new import may replace it. */
export const IMPORT_MARKER_NAME = "OIT_Underlag";

async function exportBytes(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await fs.readFile(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new OitError("cliFileMissing", { path: file });
    throw new OitError("cliFileUnreadable", { path: file, reason: code ?? String(error) });
  }
}

/** Every sheet of a workbook as a grid under its first row, for an export that is a sheet without an Excel table. */
function sheetGrids(workbook: ExcelJS.Workbook): TableData[] {
  const grids: TableData[] = [];
  workbook.eachSheet((sheet) => {
    const values = sheet.getSheetValues() as unknown[][];
    const width = sheet.columnCount;
    const row = (r: number) => Array.from({ length: width }, (_, c) => rawCellValue(((values[r] ?? []) as never[])[c + 1]));
    const rows = Array.from({ length: Math.max(0, sheet.rowCount - 1) }, (_, r) => row(r + 2));
    grids.push({ name: sheet.name, sheet: sheet.name, headers: row(1).map((cell) => String(cell ?? "")), rows, origin: { row: 1, column: 0 } });
  });
  return grids;
}

/** An .xlsx export: its first Excel table, else its first sheet, that has an export's header (workbook.md). */
async function workbookExport(bytes: Uint8Array, file: string, settings: ImportSettings): Promise<ExportData> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new OitError("cliFileUnreadable", { path: file, reason: String((error as Error).message) });
  }
  for (const table of [...readTables(workbook), ...sheetGrids(workbook)]) {
    try {
      return readTableExport(table, settings);
    } catch (error) {
      if (!isOitError(error) || error.code !== "exportNoHeader") throw error;
    }
  }
  throw new OitError("exportNoHeader", { source: path.basename(file), rows: 50 }, { file: path.basename(file) });
}

/** The export a command line names, read as its kind (CSV/text, SIE 4, or an .xlsx's table or sheet). */
export async function readExportArgument(file: string, settings: ImportSettings): Promise<ExportData> {
  const bytes = await exportBytes(file);
  if (exportFormatOf(file, bytes) === "xlsx") return workbookExport(bytes, file, settings);
  return readExportFile(bytes, path.basename(file), settings);
}

/** The export mapped by the workbook's Mappning, with its Prognos, the key's parties and the settings (overrides win). */
export async function importForWorkbook(tables: readonly TableData[], file: string, overrides: Partial<Settings>): Promise<ImportResult> {
  const data = await readExportArgument(file, importSettingsOf(tables, overrides));
  return importFromTables(tables, data, overrides);
}

/**
 * The sheet the import writes Underlag on: its own earlier sheet (marked) is replaced; a table or sheet
 * Underlag of the user's is never overwritten, so the import then stops and says so.
 */
function ledgerSheetTarget(pkg: XlsxPackage, tables: readonly TableData[]): string | undefined {
  const sheets = reportSheetsOf(pkg, IMPORT_MARKER_NAME);
  const ours = sheets.find((sheet) => sheet.marked && sameName(sheet.name, LEDGER_TABLE));
  const theirs = tables.find((table) => sameName(table.name, LEDGER_TABLE) && !(ours && table.sheet === ours.name));
  if (theirs) throw new OitError("importUserLedger", { sheet: theirs.sheet, table: LEDGER_TABLE });
  if (!ours && sheets.some((sheet) => sameName(sheet.name, LEDGER_TABLE))) throw new OitError("importUserLedger", { sheet: LEDGER_TABLE, table: LEDGER_TABLE });
  return ours?.name;
}

const AMOUNT_FORMAT = "#,##0.00;-#,##0.00";

/** The mapped ledger as the sheet Underlag (header row, one row per code string), written into the package. */
export async function writeLedgerSheet(pkg: XlsxPackage, tables: readonly TableData[], result: ImportResult): Promise<number> {
  const replaces = ledgerSheetTarget(pkg, tables);
  const { headers, rows } = ledgerSheetRows(result);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(LEDGER_TABLE, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.addRow(headers).font = { name: "Calibri", family: 2, size: 11, bold: true };
  for (const row of rows) sheet.addRow(row);
  headers.forEach((header, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = Math.max(10, header.length + 2);
    if (rows.some((row) => typeof row[i] === "number")) column.numFmt = AMOUNT_FORMAT;
  });
  sheet.getColumn(1).width = 32;
  const source = openPackage(new Uint8Array(await workbook.xlsx.writeBuffer()));
  insertSheet(pkg, { pkg: source, name: LEDGER_TABLE, replaces, names: { [IMPORT_MARKER_NAME]: cellAddress(LEDGER_TABLE, "$A$1") } });
  return rows.length;
}

