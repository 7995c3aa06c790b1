import { CODE_COLUMNS, columnNames } from "./exportColumns";
import type { CodeString } from "./types";

/** One text per code string, for summing an export's rows by it (codes hold no control characters). */
export function codeStringKey(codes: CodeString): string {
  return `${codes.account}\u0001${codes.responsibility ?? ""}\u0001${codes.activity ?? ""}\u0001${codes.project ?? ""}\u0001${codes.counterparty ?? ""}`;
}

/**
 * "Konto 5999, Ansvar 1700, Projekt –": the parts the export has, under the column names the economist sees
 * in the workbook (Swedish in either language, as the headers are), a blank part as a dash.
 */
export function describeCodeString(codes: CodeString): string {
  return CODE_COLUMNS.filter((column) => codes[column] !== undefined)
    .map((column) => `${columnNames[column]} ${codes[column] || "–"}`)
    .join(", ");
}
