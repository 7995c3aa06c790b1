import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { exportFormatOf, importFromExport, ledgerSheetRows, type ExportInHand, type ImportResult, type SheetRows } from "../core/import";
import { cellAddress, LEDGER_TABLE, type Settings, type TableData } from "../core/workbook";
import { chooseLedgerSheet, LEDGER_MARKER_NAME } from "../core/report";
import { insertSheet } from "../xlsx/insertSheet";
import { openPackage, type XlsxPackage } from "../xlsx/package";
import { addTablePart } from "../xlsx/tables";
import { sheetParts, type SheetPart } from "../xlsx/workbookParts";
import { rawCellValue } from "./cellValue";
import { readTables } from "./readTables";
import { reportSheetsOf } from "./writeReport";
import { cliError } from "./messages";

async function exportBytes(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await fs.readFile(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw cliError("cliFileMissing", { path: file });
    throw cliError("cliFileUnreadable", { path: file, reason: code ?? String(error) });
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

/** An .xlsx export's Excel tables, then its sheets: where an export's header is looked for (workbook.md). */
async function workbookCandidates(bytes: Uint8Array, file: string): Promise<TableData[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw cliError("cliFileUnreadable", { path: file, reason: String((error as Error).message) });
  }
  return [...readTables(workbook), ...sheetGrids(workbook)];
}

/** The export a command line names, as its kind needs it (CSV/text, SIE 4, or an .xlsx's tables and sheets). */
async function exportArgument(file: string): Promise<ExportInHand> {
  const bytes = await exportBytes(file);
  const fileName = path.basename(file);
  if (exportFormatOf(file, bytes) !== "xlsx") return { kind: "file", fileName, bytes };
  return { kind: "workbook", fileName, tables: await workbookCandidates(bytes, file) };
}

/** The export mapped by the workbook's Mappning, with its Prognos, the key's parties and the settings (overrides win). */
export async function importForWorkbook(tables: readonly TableData[], file: string, overrides: Partial<Settings>): Promise<ImportResult> {
  return importFromExport(tables, await exportArgument(file), overrides);
}

const AMOUNT_FORMAT = "#,##0.00;-#,##0.00";
/** Text, as the pane writes the codes, so that a code stays as typed ("0410", "1-2A"). */
const TEXT_FORMAT = "@";

/** Underlag alone in a workbook of its own, as ExcelJS writes it: the header row and one row per code string. */
async function ledgerSheetPackage(name: string, headers: readonly string[], body: SheetRows["rows"]): Promise<XlsxPackage> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.addRow([...headers]).font = { name: "Calibri", family: 2, size: 11, bold: true };
  for (const row of body) sheet.addRow(row);
  headers.forEach((header, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = Math.max(10, header.length + 2);
    column.numFmt = body.some((row) => typeof row[i] === "number") ? AMOUNT_FORMAT : TEXT_FORMAT;
  });
  sheet.getColumn(1).width = 32;
  return openPackage(new Uint8Array(await workbook.xlsx.writeBuffer()));
}

/**
 * The mapped ledger as the table Underlag on a sheet marked as the add-in's, written into the package
 * where the pane would write it (chooseLedgerSheet): over the add-in's earlier Underlag, whichever host
 * wrote it; never over a table Underlag of the user's, which stops the import before anything is written.
 */
export async function writeLedgerSheet(pkg: XlsxPackage, tables: readonly TableData[], result: ImportResult): Promise<number> {
  const { name, replaces } = chooseLedgerSheet(reportSheetsOf(pkg, LEDGER_MARKER_NAME), tables);
  const { headers, rows } = ledgerSheetRows(result);
  // A table has a row below its header: an import with no ledger rows gets a blank one, as in the pane.
  const body = rows.length > 0 ? rows : [headers.map(() => null)];
  insertSheet(pkg, { pkg: await ledgerSheetPackage(name, headers, body), name, replaces: replaces?.name, names: { [LEDGER_MARKER_NAME]: cellAddress(name, "$A$1") } });
  const sheet = sheetParts(pkg).find((part) => part.name === name) as SheetPart;
  addTablePart(pkg, sheet, LEDGER_TABLE, headers, { top: 0, left: 0, bottom: body.length, right: headers.length - 1 });
  return rows.length;
}
