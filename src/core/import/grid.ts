import type { Where } from "../errors";
import { OitError } from "../errors";
import { isBlank } from "../input";
import { textOf } from "../workbook/names";
import type { TableData } from "../workbook/types";
import { ExactSum, type ReadAmount } from "./amounts";
import { AMOUNT_COLUMNS, CODE_COLUMNS, exportHeaderOf, type ExportHeader } from "./exportColumns";
import { codeStringKey } from "./codeString";
import type { AmountColumn, CodeColumn, CodeString, ExportData, ExportRow, Recognition } from "./types";

/** How a grid's cells are read and placed: text amounts in a CSV's convention, or a sheet's cells. */
export interface GridReading {
  recognition: Omit<Recognition, "columns" | "records" | "headerLine" | "titleLines">;
  /** The amount in a cell; one that is not an amount is an OitError at `where()`. */
  amount(cell: unknown, where: () => Where): ReadAmount;
  /** Where a cell is, by its 0-based row of the grid and 0-based column. */
  where(row: number, column?: number, header?: string): Where;
  /** Rows must have as many cells as the header (a CSV's ragged rows). */
  ragged?: boolean;
}

/** How far down title lines may push the header before a grid is not taken for an export. */
export const HEADER_SEARCH_ROWS = 50;

/** The export's header: the first of the grid's first rows that holds Konto and an amount column, or null. */
export function locateHeader(grid: readonly unknown[][], source: string, where: GridReading["where"]): { index: number; header: ExportHeader } | null {
  const rows = Math.min(grid.length, HEADER_SEARCH_ROWS);
  for (let index = 0; index < rows; index++) {
    const headers = grid[index].map((cell) => textOf(cell));
    const header = exportHeaderOf({ name: source, sheet: "", headers, rows: [] }, where(index));
    if (header) return { index, header };
  }
  return null;
}

function headerRow(grid: readonly unknown[][], reading: GridReading): { index: number; header: ExportHeader } {
  const found = locateHeader(grid, reading.recognition.source, reading.where);
  if (found) return found;
  throw new OitError("exportNoHeader", { source: reading.recognition.source, rows: HEADER_SEARCH_ROWS }, reading.where(0));
}

interface Accumulated {
  codes: CodeString;
  accountText?: string;
  sums: Partial<Record<AmountColumn, ExactSum>>;
  records: number;
  where: Where;
}

function codesOf(row: readonly unknown[], columns: ExportHeader["columns"], codeColumns: readonly CodeColumn[]): CodeString {
  const codes: Partial<Record<CodeColumn, string>> = {};
  for (const column of codeColumns) codes[column] = textOf(row[columns[column] as number]);
  return codes as CodeString;
}

function checkWidth(row: readonly unknown[], width: number, index: number, reading: GridReading): void {
  if (row.length === width) return;
  throw new OitError("exportRaggedRow", { cells: row.length, expected: width }, reading.where(index));
}

/** The amounts of a data row with no Konto: a sum row or a row typed by hand, never taken silently. */
function checkAccount(codes: CodeString, index: number, header: ExportHeader, reading: GridReading): void {
  if (codes.account !== "") return;
  throw new OitError("exportBlankAccount", {}, reading.where(index, header.columns.account, "Konto"));
}

/**
 * A grid of cells (CSV fields, a sheet's values) as an export: the header is the first row holding Konto and
 * an amount column (title lines above it are reported), the rows below it summed per code string.
 */
export function exportFromGrid(grid: readonly unknown[][], reading: GridReading): ExportData {
  const { index: headerIndex, header } = headerRow(grid, reading);
  const codeColumns = CODE_COLUMNS.filter((column) => header.columns[column] !== undefined);
  const amountColumns = AMOUNT_COLUMNS.filter((column) => header.columns[column] !== undefined);
  const headerCells = grid[headerIndex];
  const byKey = new Map<string, Accumulated>();
  let records = 0;
  for (let index = headerIndex + 1; index < grid.length; index++) {
    const row = grid[index];
    if (row.every(isBlank)) continue;
    if (reading.ragged) checkWidth(row, headerCells.length, index, reading);
    const codes = codesOf(row, header.columns, codeColumns);
    checkAccount(codes, index, header, reading);
    records++;
    const key = codeStringKey(codes);
    let entry = byKey.get(key);
    if (!entry) {
      entry = { codes, sums: {}, records: 0, where: reading.where(index) };
      for (const column of amountColumns) entry.sums[column] = new ExactSum();
      byKey.set(key, entry);
    }
    entry.records++;
    if (entry.accountText === undefined && header.columns.accountText !== undefined) {
      const text = textOf(row[header.columns.accountText]);
      if (text) entry.accountText = text;
    }
    for (const column of amountColumns) {
      const at = header.columns[column] as number;
      (entry.sums[column] as ExactSum).add(reading.amount(row[at], () => reading.where(index, at, textOf(headerCells[at]))));
    }
  }
  if (records === 0) throw new OitError("exportEmpty", { source: reading.recognition.source }, reading.where(headerIndex));
  return {
    recognition: {
      ...reading.recognition,
      headerLine: headerIndex + 1,
      titleLines: grid.slice(0, headerIndex).map((row) => row.map((cell) => textOf(cell)).filter(Boolean).join(" ")).filter(Boolean),
      columns: header.recognised,
      records,
      period: header.period,
    },
    codeColumns,
    amountColumns,
    rows: [...byKey.values()].map(exportRowOf),
  };
}

function exportRowOf(entry: Accumulated): ExportRow {
  const amounts: ExportRow["amounts"] = {};
  for (const [column, sum] of Object.entries(entry.sums) as [AmountColumn, ExactSum][]) amounts[column] = sum.value();
  const row: ExportRow = { codes: entry.codes, amounts, records: entry.records, where: entry.where };
  if (entry.accountText !== undefined) row.accountText = entry.accountText;
  return row;
}

/** A table or sheet is a grid whose first row is `headers`. */
export function gridOfTable(table: TableData): unknown[][] {
  return [table.headers, ...table.rows];
}
