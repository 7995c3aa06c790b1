import type { Notice, OitError } from "../errors";
import type { AmountColumn, CodeString, Recognition } from "./types";

/*
 * What an import shows the economist before and after it writes, as plain data with numbers: the task pane's
 * port (taskpane/host.ts) is typed by these, and the Office adapter fills them from the engine's exact results.
 */

/** What the economist imports: a file chosen in the pane (its bytes read by the browser) or a table of the workbook. */
export type ImportSource = { kind: "file"; fileName: string; bytes: Uint8Array } | { kind: "table"; table: string };

/** An unmapped code string as the pane lists it: its codes, its account's text and its amounts in numbers. */
export interface UnmappedCodeString {
  codes: CodeString;
  accountText?: string;
  amounts: Partial<Record<AmountColumn, number>>;
  records: number;
}

export interface ReconciliationFigures {
  column: AmountColumn;
  export: number;
  mapped: number;
  excluded: number;
  unmapped: number;
}

/** What an import found, as plain data for the pane: numbers out, the engine's exact decimals kept inside. */
export interface ImportPreview {
  recognition: Recognition;
  amountColumns: AmountColumn[];
  /** Code strings that make ledger rows, and those left out on purpose (Exkluderas). */
  mappedCount: number;
  excludedCount: number;
  unmapped: UnmappedCodeString[];
  reconciliation: ReconciliationFigures[];
  warnings: Notice[];
  /** Rules of Mappning begun and not finished: they take nothing until Rad and Fördelning are filled in. */
  drafts: Notice[];
  /** Why no ledger can be written (unmapped code strings, drafts, a line without forecast), or null. */
  problem: OitError | null;
}

export interface ImportWritten {
  preview: ImportPreview;
  sheetName: string;
  replaced: boolean;
  /** Rows of the table Underlag written. */
  rows: number;
}

export interface DraftRuleAdded {
  sheet: string;
  /** The rule's row in the Mappning table (1-based, as the messages count table rows). */
  row: number;
  /** True when the table Mappning was made for it. */
  created: boolean;
  /** The rule's Rad cell, selected for the economist to fill in. */
  address: string;
}
