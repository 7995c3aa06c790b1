import { toNumber } from "../decimal";
import { describe, type Language } from "../messages";
import { columnNames } from "./exportColumns";
import type { ExportFormat, ImportResult } from "./types";

export interface ImportJson {
  format: ExportFormat;
  rows: number;
  reconciliation: { column: string; export: number; mapped: number; excluded: number }[];
  warnings?: string[];
}

/** The `import` object of the report's JSON (workbook.md): format, rows, reconciliation in numbers, warnings as sentences. */
export function importJson(result: ImportResult, language: Language): ImportJson {
  const json: ImportJson = {
    format: result.recognition.format,
    rows: result.recognition.records,
    reconciliation: result.reconciliation.map((entry) => ({
      column: columnNames[entry.column],
      export: toNumber(entry.export),
      mapped: toNumber(entry.mapped),
      excluded: toNumber(entry.excluded),
    })),
  };
  if (result.warnings.length > 0) json.warnings = result.warnings.map((warning) => describe(warning, language));
  return json;
}
