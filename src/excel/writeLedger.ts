import { LEDGER_MARKER_NAME, chooseLedgerSheet, temporarySheetName, type SheetChoice } from "../core/report";
import { findColumn, LEDGER_TABLE, ledgerColumns, sameName, type TableData } from "../core/workbook";
import { columnWidthInPoints } from "./renderLayout";
import type { SheetFacts } from "./readWorkbook";
import { discard, swapIn, writeFailure } from "./writeReport";

/**
 * `context.sync()` calls of one writeLedger that writes, whatever the number of rows: the new sheet
 * with its table and its swap into place go in one batch. A refusal adds at most two (to see how far
 * the batch ran, and the cleanup).
 */
export const WRITE_LEDGER_SYNCS = 1;

/** The imported ledger as plain cells: its headers and one row per code string. */
export interface LedgerCells {
  headers: string[];
  rows: (string | number | null)[][];
}

export interface WrittenLedger {
  sheetName: string;
  /** True when the ledger the add-in wrote before was replaced. */
  replaced: boolean;
}

const MARKER_COMMENT = "OIT Budget: blad med det importerade underlaget, som tillägget ersätter vid nästa import";
/** Kronor and öre, grouped: the ledger keeps the export's exact amounts. */
const AMOUNT_FORMAT = "#,##0.00";
/** Text, so that Excel keeps a code as typed ("0410", "1700-1") and never reads a label as a formula. */
const TEXT_FORMAT = "@";
const MAX_COLUMN_CHARACTERS = 40;

/** The ledger's amount columns by their headers (Budget, Utfall, Årsbudget, Årsprognos), blank or not. */
function amountColumns(headers: readonly string[]): Set<number> {
  const table = { name: LEDGER_TABLE, sheet: LEDGER_TABLE, headers: [...headers], rows: [] };
  const { budget, outcome, annualBudget, forecast } = ledgerColumns;
  return new Set([budget, outcome, annualBudget, forecast].flatMap((spec) => findColumn(table, spec)?.index ?? []));
}

function columnCharacters(cells: LedgerCells, column: number): number {
  const widest = Math.max(cells.headers[column].length, ...cells.rows.slice(0, 500).map((row) => String(row[column] ?? "").length + 2));
  return Math.min(MAX_COLUMN_CHARACTERS, widest + 2);
}

function temporaryTableName(tables: readonly TableData[]): string {
  for (let attempt = 1; ; attempt++) {
    const name = `OIT_tmp_${LEDGER_TABLE}_${attempt}`;
    if (!tables.some((table) => sameName(table.name, name))) return name;
  }
}

/** Queues the ledger on the fresh sheet as one table: formats first (text stays text), then the values in one array. */
function renderLedger(context: Excel.RequestContext, sheet: Excel.Worksheet, cells: LedgerCells, tableName: string): Excel.Table {
  const body = cells.rows.length > 0 ? cells.rows.map((row) => row.map((value) => value ?? "")) : [cells.headers.map(() => "")];
  const width = cells.headers.length;
  const amounts = amountColumns(cells.headers);
  cells.headers.forEach((_, column) => {
    const range = sheet.getRangeByIndexes(0, column, body.length + 1, 1);
    range.numberFormat = [[TEXT_FORMAT], ...body.map(() => [amounts.has(column) ? AMOUNT_FORMAT : TEXT_FORMAT])];
    range.format.columnWidth = columnWidthInPoints(columnCharacters(cells, column));
  });
  const range = sheet.getRangeByIndexes(0, 0, body.length + 1, width);
  range.values = [cells.headers, ...body];
  const table = context.workbook.tables.add(range, true);
  table.name = tableName;
  sheet.freezePanes.freezeRows(1);
  sheet.names.add(LEDGER_MARKER_NAME, sheet.getRange("A1"), MARKER_COMMENT);
  return table;
}

/** How far a refused batch ran: is the new sheet still under its temporary name, its table under its own, the ledger's name taken? */
async function afterRefusal(context: Excel.RequestContext, temporaryName: string, temporaryTable: string, name: string) {
  const sheet = context.workbook.worksheets.getItemOrNullObject(temporaryName).load("name");
  const table = context.workbook.tables.getItemOrNullObject(temporaryTable).load("name");
  const taken = context.workbook.worksheets.getItemOrNullObject(name).load("name");
  await context.sync();
  return { sheet, sheetLeft: !sheet.isNullObject, tableLeft: !table.isNullObject, nameTaken: !taken.isNullObject };
}

/**
 * What is left when Excel refused the batch, and whether the workbook is as it was. The swap deletes the
 * old ledger before the new sheet takes its name, so the new sheet is removed only while the old one
 * (or, on a first import, nothing) holds that name; otherwise it stays for the user, and the message says where.
 */
async function cleanUp(context: Excel.RequestContext, temporaryName: string, temporaryTable: string, choice: SheetChoice<SheetFacts>): Promise<string | undefined> {
  const state = await afterRefusal(context, temporaryName, temporaryTable, choice.name);
  if (!state.sheetLeft) return state.tableLeft ? choice.name : undefined;
  const oldKept = choice.replaces === undefined || state.nameTaken;
  if (!oldKept) return temporaryName;
  return (await discard(context, state.sheet)) ? undefined : temporaryName;
}

/**
 * Writes the imported ledger as the table Underlag on the add-in's own sheet in WRITE_LEDGER_SYNCS
 * syncs, all or nothing: a new sheet under a temporary name, then, in the same batch, it takes the
 * place of the add-in's earlier ledger. Office.js runs a batch up to the call it refuses, so a refusal
 * while the sheet is written leaves the old ledger and the user's sheets as they were (the new sheet
 * is removed). `tables` and `sheets` are the workbook as readWorkbook found it, the sheets marked by
 * LEDGER_MARKER_NAME: a table Underlag that is the user's is never overwritten, and nothing is written.
 */
export async function writeLedger(
  context: Excel.RequestContext,
  cells: LedgerCells,
  tables: readonly TableData[],
  sheets: readonly SheetFacts[]
): Promise<WrittenLedger> {
  const choice = chooseLedgerSheet(sheets, tables);
  const temporaryName = temporarySheetName(sheets);
  const fresh = context.workbook.worksheets.add(temporaryName);
  const temporaryTable = temporaryTableName(tables);
  const table = renderLedger(context, fresh, cells, temporaryTable);
  swapIn(fresh, choice);
  // The old sheet, and with it the old table, went first in the swap: the name is free now.
  table.name = LEDGER_TABLE;
  try {
    await context.sync();
  } catch (error) {
    const leftover = await cleanUp(context, temporaryName, temporaryTable, choice).catch(() => temporaryName);
    throw writeFailure(error, choice.name, leftover, ["ledgerNotWritten", "ledgerNotWrittenLeftover"]);
  }
  return { sheetName: choice.name, replaced: choice.replaces !== undefined };
}
