import { OitError } from "../core/errors";
import { REPORT_MARKER_NAME, type ExistingSheet } from "../core/report";
import { sameName, type TableData } from "../core/workbook";
import { excelError } from "./messages";

/**
 * Excel on the web refuses a response over 5 MB (Office's resource limits). A sync's loads are
 * planned to stay within this share of it: the rest is the envelope, and room for rows longer
 * than the ones the size was estimated from.
 */
const RESPONSE_LIMIT_BYTES = 5 * 1024 * 1024;
export const RESPONSE_BUDGET_BYTES = Math.floor(RESPONSE_LIMIT_BYTES * 0.8);
/** Rows read with a table's headers: small tables are complete with them, larger ones are sized by them. */
const SAMPLE_ROWS = 64;
/** A row's size when no sample could be read (the sample itself was refused): a long text per cell. */
const UNSAMPLED_CELL_BYTES = 1024;
const RESPONSE_TOO_LARGE = "ResponsePayloadSizeLimitExceeded";

/**
 * `context.sync()` calls of readWorkbook for tables whose rows fit one response together, however
 * many rows that is: the names of tables and sheets; headers, sizes, first rows and the sheets'
 * markers; the rest of the rows.
 */
export const READ_WORKBOOK_SYNCS = 3;

/** A sheet as the report writer needs it: its proxy, position and whether it is an earlier report of ours. */
export interface SheetFacts extends ExistingSheet {
  sheet: Excel.Worksheet;
  position: number;
}

export interface WorkbookRead {
  /** Every table with its headers; rows only for those the action wanted (the others: none). */
  tables: TableData[];
  sheets: SheetFacts[];
}

/** What an action is told of a table before deciding whether it needs its rows. */
export interface TableHead {
  name: string;
  headers: string[];
}

/**
 * The tables whose rows an action needs: those it names (the workbook's name rule), read with their
 * headers, and those it recognises by their headers (a ledger not called Underlag), read after.
 */
export interface RowsWanted {
  names: readonly string[];
  byHeaders?: (table: TableHead) => boolean;
  /** The worksheet-scoped name that makes a sheet the add-in's (`SheetFacts.marked`); the report's unless told. */
  marker?: string;
}

function isNamed(wanted: RowsWanted, name: string): boolean {
  return wanted.names.some((wantedName) => sameName(wantedName, name));
}

interface PendingTable {
  table: Excel.Table;
  sheet: Excel.Worksheet;
  header: Excel.Range;
  body: Excel.Range;
  sample?: Excel.Range;
}

interface TableRows {
  pending: PendingTable;
  wanted: boolean;
  rows: unknown[][];
  /** Estimated size of one row in a response, from the rows read so far. */
  rowBytes: number;
}

const encoder = new TextEncoder();

function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value)).length;
}

function isResponseTooLarge(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === RESPONSE_TOO_LARGE;
}

function queueHead(table: Excel.Table, withSample: boolean): PendingTable {
  // getIntersection keeps the first rows within a table shorter than the sample.
  const body = table.getDataBodyRange().load("rowIndex, columnIndex, rowCount, columnCount");
  return {
    table,
    sheet: table.worksheet.load("name"),
    header: table.getHeaderRowRange().load("values"),
    body,
    sample: withSample
      ? body.getRow(0).getResizedRange(SAMPLE_ROWS - 1, 0).getIntersection(body).load("values")
      : undefined,
  };
}

function queueMarkers(sheets: Excel.Worksheet[], marker = REPORT_MARKER_NAME): Excel.NamedItem[] {
  return sheets.map((sheet) => sheet.names.getItemOrNullObject(marker).load("name"));
}

/**
 * The second sync: every table's headers, size and first rows, and the sheets' markers. When the
 * first rows alone are refused as too large (cells of tens of thousands of characters), again
 * without them: the rows are then read by chunks from the first.
 */
async function readHeads(
  context: Excel.RequestContext,
  tables: Excel.Table[],
  sheets: Excel.Worksheet[],
  wanted: RowsWanted
): Promise<{ heads: PendingTable[]; markers: Excel.NamedItem[] }> {
  let heads = tables.map((table) => queueHead(table, isNamed(wanted, table.name)));
  let markers = queueMarkers(sheets, wanted.marker);
  try {
    await context.sync();
  } catch (error) {
    if (!isResponseTooLarge(error)) throw error;
    heads = tables.map((table) => queueHead(table, false));
    markers = queueMarkers(sheets, wanted.marker);
    await context.sync();
  }
  return { heads, markers };
}

function firstRows(pending: PendingTable, wanted: boolean): TableRows {
  const rows = wanted && pending.sample ? pending.sample.values : [];
  const sampled = rows.length > 0;
  return {
    pending,
    wanted,
    rows,
    rowBytes: sampled
      ? Math.max(...rows.map((row) => jsonBytes(row) + 1))
      : pending.body.columnCount * UNSAMPLED_CELL_BYTES,
  };
}

function remaining(table: TableRows): number {
  return table.wanted ? table.pending.body.rowCount - table.rows.length : 0;
}

interface Chunk {
  table: TableRows;
  range: Excel.Range;
  count: number;
}

/** Queues as many of the remaining rows as the response budget allows, at least one row. */
function queueChunks(tables: TableRows[]): Chunk[] {
  const chunks: Chunk[] = [];
  let budget = RESPONSE_BUDGET_BYTES;
  for (const table of tables) {
    const left = remaining(table);
    if (left === 0) continue;
    const fits = Math.floor(budget / table.rowBytes);
    if (fits === 0 && chunks.length > 0) break;
    const count = Math.max(1, Math.min(left, fits));
    const { body, sheet } = table.pending;
    const range = sheet
      .getRangeByIndexes(body.rowIndex + table.rows.length, body.columnIndex, count, body.columnCount)
      .load("values");
    chunks.push({ table, range, count });
    budget -= count * table.rowBytes;
    if (budget <= 0) break;
  }
  return chunks;
}

/**
 * The rows not read with the headers, in as few syncs as the response limit allows. When Excel
 * still refuses a response (rows longer than the first ones), the next try asks half as many;
 * a single row refused is an error that names the table.
 */
async function readRemainingRows(context: Excel.RequestContext, tables: TableRows[]): Promise<void> {
  for (;;) {
    const chunks = queueChunks(tables);
    if (chunks.length === 0) return;
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per response of up to 4 MB, not per row: Excel on the web refuses larger ones
      await context.sync();
    } catch (error) {
      if (!isResponseTooLarge(error)) throw error;
      const single = chunks.find((chunk) => chunk.count === 1);
      if (single) throw responseTooLarge(single.table);
      for (const chunk of chunks) chunk.table.rowBytes *= 2;
      continue;
    }
    for (const { table, range } of chunks) table.rows.push(...range.values);
  }
}

function responseTooLarge(table: TableRows): OitError {
  const { pending, rows } = table;
  return excelError(
    "tableTooLargeForExcel",
    { table: pending.table.name, row: rows.length + 1, limit: RESPONSE_LIMIT_BYTES / (1024 * 1024) },
    { table: pending.table.name, sheet: pending.sheet.name, row: rows.length + 1 }
  );
}

/**
 * Cell values are passed on raw, as the core's parser expects them: Excel already gives blanks
 * as "" and error values as their text ("#N/A", "#DIV/0!"), so nothing is lost or invented here.
 */
function toTableData({ pending, rows }: TableRows): TableData {
  return {
    name: pending.table.name,
    sheet: pending.sheet.name,
    headers: pending.header.values[0].map((header) => String(header)),
    rows,
    origin: { row: pending.body.rowIndex, column: pending.body.columnIndex },
  };
}

/**
 * Excel gives a formula's last computed value. Under manual calculation with changes not yet
 * recalculated (or a workbook opened so, whose formulas were never calculated) those values are stale
 * or 0 — a wrong figure nobody would see — so the read stops until Excel has calculated. Under automatic
 * calculation a pending or running calculation is a moment's (after the pane's own write, say): Excel
 * finishes it unasked, and a formula still being computed shows an error value (#BUSY!), which the
 * readers refuse by its cell.
 */
function requireCalculated(application: Excel.Application): void {
  if (application.calculationMode === "Manual" && application.calculationState === "Pending") {
    throw excelError("workbookNotCalculated");
  }
}

/**
 * The workbook as an action needs it, in READ_WORKBOOK_SYNCS syncs while the wanted rows fit one
 * response: every table's headers, the rows of the tables the action wants (read in chunks that
 * stay under Excel on the web's response limit), and every sheet with its report marker. A workbook
 * Excel has not finished calculating is refused (requireCalculated).
 */
export async function readWorkbook(
  context: Excel.RequestContext,
  wanted: RowsWanted
): Promise<WorkbookRead> {
  const application = context.workbook.application.load("calculationMode, calculationState");
  const tables = context.workbook.tables.load("items/name");
  const sheets = context.workbook.worksheets.load("items/name, items/position");
  await context.sync();
  requireCalculated(application);
  const { heads, markers } = await readHeads(context, tables.items, sheets.items, wanted);
  const read = heads.map((pending) => {
    const head = { name: pending.table.name, headers: pending.header.values[0].map(String) };
    return firstRows(pending, isNamed(wanted, head.name) || (wanted.byHeaders?.(head) ?? false));
  });
  await readRemainingRows(context, read);
  return {
    tables: read.map(toTableData),
    sheets: sheets.items.map((sheet, index) => ({
      sheet,
      name: sheet.name,
      position: sheet.position,
      marked: !markers[index].isNullObject,
    })),
  };
}
