/**
 * The import engine (issue 8, workbook.md "Import", domain.md section 9): the financial system's export
 * (CSV/text, an Excel table or sheet, SIE 4) → the economist's Mappning rules → the ledger the report reads,
 * with what was left out and the reconciliation export = mapped + excluded, to the öre.
 *
 * Both hosts use it the same way:
 *   const settings = importSettingsOf(tables);                         // year, month, SIE dimensions
 *   const data = readExportFile(bytes, fileName, settings);            // or readTableExport(table, settings)
 *   const result = importFromTables(tables, data);                     // Mappning, Prognos, parties of the key
 *   result.unmapped / result.reconciliation / result.warnings          // show them
 *   const underlag = ledgerSheetRows(result);                          // write the table Underlag in one array
 *   const draft = draftMappingRow(mappingHeaders, result.unmapped[0].codes);  // a draft rule for Mappning
 */
import type { Language } from "../messages";
import type { Ledger, Settings, TableData } from "../workbook/types";
import type { CodeString, ExportData, ExportFormat, Forecast, ImportResult, ImportSettings, Mapping, MappingRule, SheetRows } from "./types";

export type * from "./types";

function notYet(): never {
  throw new Error("not yet");
}

/** Table names of the contract. */
export const MAPPING_TABLE = "Mappning";
export const FORECAST_TABLE = "Prognos";

/** The headers a new Mappning table gets (workbook.md), in its order. */
export const MAPPING_HEADERS: readonly string[] = ["Konto", "Ansvar", "Verksamhet", "Projekt", "Motpart", "Rad", "Fördelning", "Typ"];

/** The settings of an import: År and Period t.o.m. månad of Inställningar (overrides win), and its SIE-dimension rows. */
export function importSettingsOf(tables: readonly TableData[], overrides: Partial<Settings> = {}): ImportSettings {
  void tables, overrides;
  return notYet();
}

/** The kind of export a file is, by its name (.csv/.txt, .se/.si/.sie, .xlsx), else by its first bytes; null when unknown. */
export function exportFormatOf(fileName: string, bytes: Uint8Array): ExportFormat | null {
  void fileName, bytes;
  return notYet();
}

/**
 * A CSV/text or SIE 4 file's bytes as a normalised export (the format by `exportFormatOf`; an .xlsx is the
 * host's to open, then `readTableExport`). Bad input is an OitError naming the line, row or column.
 */
export function readExportFile(bytes: Uint8Array, fileName: string, settings: ImportSettings): ExportData {
  void bytes, fileName, settings;
  return notYet();
}

/** A CSV/text export: encoding, delimiter, decimal separator and title lines detected and reported in `recognition`. */
export function readCsvExport(bytes: Uint8Array, source: string, settings: ImportSettings): ExportData {
  void bytes, source, settings;
  return notYet();
}

/** An SIE 4 file (CP437): outcome through the settings' month from #PSALDO (else #TRANS), budgets from #PBUDGET. */
export function readSieExport(bytes: Uint8Array, source: string, settings: ImportSettings): ExportData {
  void bytes, source, settings;
  return notYet();
}

/**
 * An export that is a table of the workbook or a sheet (headers as for CSV). Title rows above the header are
 * allowed: the header is the first of `table.headers` and `table.rows` that holds Konto and an amount column.
 */
export function readTableExport(table: TableData, settings: ImportSettings): ExportData {
  void table, settings;
  return notYet();
}

/**
 * The Mappning table, checked and compiled once. `parties` (the key's) check each Fördelning; without them
 * (OIT.MAPPA, which sees no key) any Fördelning other than blank is taken as written.
 */
export function readMapping(table: TableData, parties?: readonly string[]): Mapping {
  void table, parties;
  return notYet();
}

/** The first rule that matches the code string; no rule is an OitError (`#N/A` in OIT.MAPPA) naming the code string. */
export function mapCodeString(mapping: Mapping, codes: CodeString): MappingRule {
  void mapping, codes;
  return notYet();
}

/** The rows of the economist's Prognos table (absent: none); a Fördelning that is not Gemensam or a party is an error. */
export function readForecasts(table: TableData | undefined, parties: readonly string[]): Forecast[] {
  void table, parties;
  return notYet();
}

/**
 * The export mapped by the rules: one ledger row per code string, the rows left out, the unmapped code strings,
 * the reconciliation per amount column and the warnings. A line's forecast comes from `forecasts` when it has
 * a row there, else from the export's Årsprognos.
 */
export function importLedger(data: ExportData, mapping: Mapping, parties: readonly string[], forecasts: readonly Forecast[] = []): ImportResult {
  void data, mapping, parties, forecasts;
  return notYet();
}

/** importLedger with the workbook's own tables: the key's parties (of the settings' year), Mappning and Prognos. */
export function importFromTables(tables: readonly TableData[], data: ExportData, overrides: Partial<Settings> = {}): ImportResult {
  void tables, data, overrides;
  return notYet();
}

/** The ledger of an import, or its problem thrown (unmapped code strings: one message naming them and how many more). */
export function requireLedger(result: ImportResult): Ledger {
  void result;
  return notYet();
}

/**
 * The table Underlag as the import writes it: Rad, Fördelning, Typ, the export's code columns, Kontotext,
 * then the amount columns (Budget when the export has one, Utfall, Årsbudget, Årsprognos), one row per code string.
 */
export function ledgerSheetRows(result: ImportResult): SheetRows {
  void result;
  return notYet();
}

/**
 * A draft rule for an unmapped code string, in the order of the Mappning table's `headers` (MAPPING_HEADERS
 * when the table is missing): its codes as exact patterns, Rad and Fördelning blank for the economist.
 */
export function draftMappingRow(headers: readonly string[] | null, codes: CodeString): SheetRows {
  void headers, codes;
  return notYet();
}

/** "Konto 5999, Ansvar 1700" — a code string as the economist reads it, in Swedish or English. */
export function describeCodeString(codes: CodeString, language: Language): string {
  void codes, language;
  return notYet();
}

/** The `import` object of the report's JSON (workbook.md): format, rows, reconciliation in numbers, warnings as sentences. */
export function importJson(result: ImportResult, language: Language): {
  format: ExportFormat;
  rows: number;
  reconciliation: { column: string; export: number; mapped: number; excluded: number }[];
  warnings?: string[];
} {
  void result, language;
  return notYet();
}
