import type { Settings, TableData } from "../workbook/types";
import { importSettingsOf } from "./settings";
import { importFromTables } from "./fromTables";
import { readExportFile } from "./readExport";
import { readTableExport, readWorkbookExport } from "./table";
import type { ExportData, ImportResult, ImportSettings } from "./types";

/**
 * An export as a host holds it: a file's bytes (CSV/text or SIE 4), a table of the open workbook, or the tables
 * and sheets of an .xlsx export read by the host (the first with an export's header is the export).
 */
export type ExportInHand =
  | { kind: "file"; fileName: string; bytes: Uint8Array }
  | { kind: "table"; table: TableData }
  | { kind: "workbook"; fileName: string; tables: readonly TableData[] };

function readExport(source: ExportInHand, settings: ImportSettings): ExportData {
  if (source.kind === "file") return readExportFile(source.bytes, source.fileName, settings);
  if (source.kind === "table") return readTableExport(source.table, settings);
  return readWorkbookExport(source.tables, source.fileName, settings);
}

/** The export read with the workbook's settings (overrides win) and mapped by its Mappning, Prognos and key: every host's import. */
export function importFromExport(tables: readonly TableData[], source: ExportInHand, overrides: Partial<Settings> = {}): ImportResult {
  return importFromTables(tables, readExport(source, importSettingsOf(tables, overrides)), overrides);
}
