import type { Dec } from "../decimal";
import type { Notice, OitError, Where } from "../errors";
import type { Forecast, Ledger, Section } from "../workbook/types";

export type { Forecast };

/** What `import.format` of workbook.md says: a CSV/text file, an Excel table or sheet, an SIE 4 file. */
export type ExportFormat = "csv" | "xlsx" | "sie4";

/** How a file's bytes were read: UTF-8 (with or without its byte order mark), Windows-1252, or CP437 (SIE's PC8). */
export type TextEncoding = "utf-8" | "utf-8-bom" | "windows-1252" | "cp437";

export type Delimiter = ";" | "," | "\t";

/** The parts of a code string (kodsträng, domain.md section 9): Konto, Ansvar, Verksamhet, Projekt, Motpart. */
export type CodeColumn = "account" | "responsibility" | "activity" | "project" | "counterparty";

/** The amount columns of an export, as the ledger names them: Budget (period), Utfall, Årsbudget, Årsprognos. */
export type AmountColumn = "budget" | "outcome" | "annualBudget" | "forecast";

/**
 * One code string, each part trimmed text; a part is absent when the export has no such column (it then
 * matches only a blank or `*` pattern).
 */
export type CodeString = { readonly account: string } & Readonly<Partial<Record<Exclude<CodeColumn, "account">, string>>>;

export type Amounts = Partial<Record<AmountColumn, Dec>>;

/** A column of the export and the meaning it was taken for (shown to the economist as "what was recognised"). */
export interface RecognisedColumn {
  meaning: CodeColumn | AmountColumn | "accountText";
  /** The header as the export writes it (CSV, sheet), or the SIE dimension's name ("Resultatenhet"). */
  header: string;
  /** 1-based column of a CSV or sheet. */
  column?: number;
  /** The SIE dimension number the code column comes from (`#DIM`). */
  dimension?: number;
}

/** What a reader recognised in an export, so the economist can see the choice it made. */
export interface Recognition {
  format: ExportFormat;
  /** The file or table name the export was read from, for messages. */
  source: string;
  encoding?: TextEncoding;
  delimiter?: Delimiter;
  decimalSeparator?: "," | ".";
  /** 1-based line (CSV) or row (sheet) of the header; the lines above it are title lines. */
  headerLine?: number;
  titleLines?: string[];
  /** The period a header states ("Utfall jan–aug" → "jan-aug"), to check against the settings' month. */
  period?: string;
  /** SIE: the year of `#RAR 0`; CSV and sheets: the settings' year. */
  year?: number;
  /** SIE: the through-month the outcome was summed to. */
  throughMonth?: number;
  /** SIE `#FNAMN`, when given. */
  company?: string;
  /** SIE: where the outcome came from: period balances (`#PSALDO`) or transactions (`#TRANS`). */
  outcomeFrom?: "psaldo" | "trans";
  columns: RecognisedColumn[];
  /** Data rows read (CSV, sheet), or the `#TRANS`, `#PSALDO` and `#PBUDGET` records read (SIE). */
  records: number;
}

/** One code string of an export with its amounts summed over the export's rows (or SIE records) that carry it. */
export interface ExportRow {
  codes: CodeString;
  /** Kontotext (CSV, sheet) or the `#KONTO` name (SIE), when given. */
  accountText?: string;
  /** Only the columns the export has; a blank cell counted as 0. */
  amounts: Amounts;
  /** How many export rows or records were summed into it. */
  records: number;
  /** The first row or line that carried it, for messages. */
  where: Where;
}

/** A normalised export: what any of the three readers gives, and all that the mapping and the import need. */
export interface ExportData {
  recognition: Recognition;
  codeColumns: CodeColumn[];
  amountColumns: AmountColumn[];
  /** One per distinct code string, in the order first seen. */
  rows: ExportRow[];
}

/** The settings the import reads beyond those of `Settings` (workbook.md): which SIE dimension is which code column. */
export interface ImportSettings {
  year: number;
  throughMonth: number;
  /** `SIE-dimension Ansvar` (default 1), `… Verksamhet`, `… Projekt` (default 6), `… Motpart`; null = not taken. */
  sieDimensions: Record<Exclude<CodeColumn, "account">, number | null>;
}

/** The text of a rule's pattern for each code column of the Mappning table (blank = anything). */
export type RulePatterns = Partial<Record<CodeColumn, string>>;

/** One rule of the Mappning table, read and checked. */
export interface MappingRule {
  /** 1-based position in the table: rules are tried in this order. */
  position: number;
  patterns: RulePatterns;
  /** Rad; "" only when excluded. */
  line: string;
  /** "Gemensam", a party as the key spells it, or "Exkluderas". */
  allocation: string;
  excluded: boolean;
  /** From the rule's Typ when given. */
  section?: Section;
  where: Where;
}

/**
 * A row of Mappning with codes but neither Rad nor Fördelning: a rule begun (the pane's "Lägg till regel")
 * and not yet finished. It takes no code string until the economist completes it, and is listed until then.
 */
export interface DraftRule {
  position: number;
  patterns: RulePatterns;
  where: Where;
}

/** The Mappning table compiled once: `ruleFor` gives the first rule that matches a code string. */
export interface Mapping {
  rules: readonly MappingRule[];
  /** Rows begun and not finished, in the table's order; they match nothing. */
  drafts: readonly DraftRule[];
  /** The code columns the table has (a missing column matches anything). */
  columns: readonly CodeColumn[];
  where: Where;
  ruleFor(codes: CodeString): MappingRule | undefined;
  /** Whether one rule matches the code string, whatever the rules before it (for the warnings). */
  matches(rule: MappingRule, codes: CodeString): boolean;
}

/** A code string that a rule took: a row of the ledger (Underlag) with its code columns kept. */
export interface ImportedRow extends ExportRow {
  line: string;
  allocation: string;
  section: Section;
  /** Position of the rule that took it. */
  rule: number;
}

/** export = mapped + excluded (+ unmapped, which must be zero for a ledger), per amount column, exact. */
export interface ReconciliationEntry {
  column: AmountColumn;
  export: Dec;
  mapped: Dec;
  excluded: Dec;
  unmapped: Dec;
}

/** Everything an import found. `ledger` is null when the import cannot give one; `problem` then says why. */
export interface ImportResult {
  recognition: Recognition;
  codeColumns: CodeColumn[];
  amountColumns: AmountColumn[];
  mapped: ImportedRow[];
  excluded: ImportedRow[];
  /** Code strings no rule matches: every one, with its amounts (never dropped). */
  unmapped: ExportRow[];
  reconciliation: ReconciliationEntry[];
  /** Rules that match nothing or only what earlier rules took; Prognos rows naming no line. */
  warnings: Notice[];
  /** Rules of Mappning begun and not finished (`mappingDraftRule`), each naming its row and codes. */
  drafts: Notice[];
  /** The ledger the report reads (forecasts of the Prognos table applied), or null. */
  ledger: Ledger | null;
  /** Why there is no ledger: unmapped code strings (with the drafts to finish), drafts alone, or lines with no forecast. */
  problem: OitError | null;
}

/** A table as rows of plain cells with its headers, for a host to write in one array (Underlag, a Mappning row). */
export interface SheetRows {
  headers: string[];
  rows: (string | number | null)[][];
}
