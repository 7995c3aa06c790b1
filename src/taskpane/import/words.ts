import type { AmountColumn, CodeColumn, Delimiter, ExportFormat, RecognisedColumn, TextEncoding } from "../../core/import";
import type { StringId } from "../../i18n/strings";

/** The pane's word for each thing the import recognises; the engine gives codes, the pane the words. */
export const formatWords: Record<ExportFormat, StringId> = { csv: "formatCsv", xlsx: "formatXlsx", sie4: "formatSie4" };

export const encodingWords: Record<TextEncoding, StringId> = {
  "utf-8": "encodingUtf8",
  "utf-8-bom": "encodingUtf8Bom",
  "windows-1252": "encodingWindows1252",
  cp437: "encodingCp437",
};

export const delimiterWords: Record<Delimiter, StringId> = { ";": "delimiterSemicolon", ",": "delimiterComma", "\t": "delimiterTab" };

export const meaningWords: Record<RecognisedColumn["meaning"], StringId> = {
  account: "meaningAccount",
  responsibility: "meaningResponsibility",
  activity: "meaningActivity",
  project: "meaningProject",
  counterparty: "meaningCounterparty",
  accountText: "meaningAccountText",
  budget: "meaningBudget",
  outcome: "meaningOutcome",
  annualBudget: "meaningAnnualBudget",
  forecast: "meaningForecast",
} satisfies Record<CodeColumn | AmountColumn | "accountText", StringId>;
