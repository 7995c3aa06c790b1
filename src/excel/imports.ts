import { toNumber } from "../core/decimal";
import {
  FORECAST_TABLE,
  MAPPING_HEADERS,
  MAPPING_TABLE,
  importFromExport,
  ledgerSheetRows,
  type ExportInHand,
  type ExportRow,
  type ImportPreview,
  type ImportResult,
  type ImportSource,
  type ImportWritten,
  type UnmappedCodeString,
} from "../core/import";
import { CAUSES_TABLE, KEYS_TABLE, LEDGER_TABLE, sameName, PROFILES_TABLE, SETTINGS_TABLE, findTable, type TableData, findOptionalTable } from "../core/workbook";
import { LEDGER_MARKER_NAME } from "../core/report";
import { readWorkbook, type WorkbookRead } from "./readWorkbook";
import { writeLedger } from "./writeLedger";

/** Tables of the contract that are never an export: offering them would only invite a mistake. */
const contractTables = [KEYS_TABLE, SETTINGS_TABLE, MAPPING_TABLE, FORECAST_TABLE, LEDGER_TABLE, CAUSES_TABLE, PROFILES_TABLE];

export function isExportCandidate(name: string): boolean {
  return !contractTables.some((contract) => sameName(contract, name));
}

function amountsOf(row: ExportRow): UnmappedCodeString["amounts"] {
  return Object.fromEntries(Object.entries(row.amounts).map(([column, amount]) => [column, toNumber(amount)]));
}

export function importPreviewOf(result: ImportResult): ImportPreview {
  return {
    recognition: result.recognition,
    amountColumns: result.amountColumns,
    mappedCount: result.mapped.length,
    excludedCount: result.excluded.length,
    unmapped: result.unmapped.map((row) => ({
      codes: row.codes,
      ...(row.accountText ? { accountText: row.accountText } : {}),
      amounts: amountsOf(row),
      records: row.records,
    })),
    reconciliation: result.reconciliation.map((entry) => ({
      column: entry.column,
      export: toNumber(entry.export),
      mapped: toNumber(entry.mapped),
      excluded: toNumber(entry.excluded),
      unmapped: toNumber(entry.unmapped),
    })),
    warnings: result.warnings,
    drafts: result.drafts,
    problem: result.problem,
  };
}

/** The pane names a table of the workbook by name; the engine reads the table itself. */
function exportOf(source: ImportSource, tables: readonly TableData[]): ExportInHand {
  return source.kind === "file" ? source : { kind: "table", table: findTable(tables, source.table) };
}

/**
 * No Mappning table yet is where every economist starts: then no rule takes anything, and every code
 * string is listed as unmapped, each with its button to begin the table.
 */
function withRules(tables: readonly TableData[]): readonly TableData[] {
  if (findOptionalTable(tables, MAPPING_TABLE)) return tables;
  return [...tables, { name: MAPPING_TABLE, sheet: "", headers: [...MAPPING_HEADERS], rows: [] }];
}

/** The export read and mapped by the workbook's own Mappning, Prognos, key and settings. */
export function importOf(tables: readonly TableData[], source: ImportSource): ImportResult {
  return importFromExport(withRules(tables), exportOf(source, tables));
}

/** The tables an import reads the rows of: settings, key, rules, forecasts, and the export when it is a table. */
function importInputs(source: ImportSource): string[] {
  return [SETTINGS_TABLE, KEYS_TABLE, MAPPING_TABLE, FORECAST_TABLE, ...(source.kind === "table" ? [source.table] : [])];
}

/** The workbook as an import needs it, the sheets marked by the ledger's marker. */
function readForImport(context: Excel.RequestContext, source: ImportSource): Promise<WorkbookRead> {
  return readWorkbook(context, { names: importInputs(source), marker: LEDGER_MARKER_NAME });
}

/** The tables of the workbook an export can be read from (the contract's own tables left out), in one sync. */
export async function importTables(): Promise<string[]> {
  return Excel.run(async (context) => {
    const tables = context.workbook.tables.load("items/name");
    await context.sync();
    return tables.items.map((table) => table.name).filter(isExportCandidate);
  });
}

/** What the import would give, read from the workbook as it is now; nothing is written. */
export async function previewImport(source: ImportSource): Promise<ImportPreview> {
  return Excel.run(async (context) => importPreviewOf(importOf((await readForImport(context, source)).tables, source)));
}

/**
 * The import mapped again from the workbook as it is now (the economist may have completed rules since
 * the preview), then written as the table Underlag on the add-in's sheet. Nothing is written when the
 * import has no ledger: its problem is thrown, naming what is unmapped.
 */
export async function writeImportedLedger(source: ImportSource): Promise<ImportWritten> {
  return Excel.run(async (context) => {
    const { tables, sheets } = await readForImport(context, source);
    const result = importOf(tables, source);
    if (result.problem) throw result.problem;
    const cells = ledgerSheetRows(result);
    const written = await writeLedger(context, cells, tables, sheets);
    return { preview: importPreviewOf(result), ...written, rows: cells.rows.length };
  });
}
