import type { Dec } from "../decimal";
import type { Where } from "../errors";
import type { ExactAmount } from "../rules/exactAmount";

/**
 * A table as a host found it in a workbook: an Excel table (Office.js), or a sheet whose
 * first row carries headers (ExcelJS). Values are raw cell values as the host read them
 * (number, string, boolean, null; Excel error values as strings such as "#N/A").
 * Both hosts hand these to the core, so reading the contract of workbook.md is written once.
 */
export interface TableData {
  name: string;
  sheet: string;
  headers: string[];
  rows: unknown[][];
  /** Worksheet position (0-based) of the first data cell, so errors can name an address. */
  origin?: { row: number; column: number };
  /**
   * Body cells (0-based row and column, as in `rows`) that hold a formula but no computed value: a file saved by
   * a program that does not calculate. Their value in `rows` is null; the readers refuse the table, naming them.
   */
  uncalculated?: { row: number; column: number }[];
}

export type Section = "revenue" | "cost";
export type Unit = "kr" | "tkr";
export type Rounding = "controlled" | "per-cell";

/** One row of the ledger (underlag), parsed. Amounts in the ledger's own unit, exact as read (ExactAmount). */
export interface LedgerRow {
  line: string; // Rad
  allocation: string; // Fördelning: "Gemensam" or a party, as typed
  section: Section; // from Typ, else Konto 3xxx, else the sign of Årsbudget
  budget: ExactAmount | null; // null when the ledger has no Budget column
  outcome: ExactAmount;
  annualBudget: ExactAmount;
  forecast: ExactAmount;
  where: Where; // the table row, for messages that point back to it
}

/** The amount columns of a ledger row. */
export type LedgerAmount = "budget" | "outcome" | "annualBudget" | "forecast";

export interface Ledger {
  rows: LedgerRow[];
  /**
   * The table the rows were read from and the position of Rad and each amount column in it, so a message can name
   * the cell a label or an amount came from (`cellWhere`); absent for a ledger imported from a file.
   */
  cells?: { table: Pick<TableData, "name" | "sheet" | "headers" | "origin">; columns: Partial<Record<LedgerAmount | "line", number>> };
  /** The sheet and table it was read from, for notices about the ledger as a whole. */
  where: Where;
  hasBudgetColumn: boolean;
  /** Period label found in a header such as "Utfall jan–aug", if any. */
  headerPeriod?: string;
}

/** One line of the ledger: its rows with the same Rad (by the name rule), Fördelning and section, summed exactly. */
export interface LedgerLine {
  line: string; // Rad as the line's first row spells it
  allocation: string;
  section: Section;
  budget: ExactAmount | null; // null when the ledger has no Budget column
  outcome: ExactAmount;
  annualBudget: ExactAmount;
  forecast: ExactAmount;
  where: Where; // the line's first row
}

/**
 * The ledger summed per line, as the report reads it: a table's rows are added to their lines as they are read,
 * without an object per row. `rows()` gives the rows behind the lines (a table's read again), for a message that
 * must name the cell a figure came from.
 */
export interface SummedLedger extends Omit<Ledger, "rows"> {
  lines: LedgerLine[];
  rows(): readonly LedgerRow[];
}

export interface KeyEntry {
  year: number;
  party: string;
  users: number | null;
  /** The decided share as a fraction, or null when Andel is blank (computed from users). */
  share: Dec | null;
  /** The row (its Part cell), for messages about the party. */
  where: Where;
  /** The Andel cell, for messages about the decided share; absent when the table has no Andel column. */
  shareWhere?: Where;
  /** The Användare cell; absent when the table has no Användare column. */
  usersWhere?: Where;
}

export interface Settings {
  host: string;
  year: number;
  throughMonth: number;
  inputUnit: Unit;
  reportUnit: Unit;
  rounding: Rounding;
  /** Percent decimals of the decided key (Nyckelns decimaler); readSettings gives 1 when the table does not. */
  keyDecimals: number;
  /** Avräkning per tertial över, in tkr: a member's share of the shared deviation above it is settled after T1 and T2; absent = no true-ups. */
  trueUpThreshold?: Dec;
}

/** Monthly weights jan…dec for one ledger line (Periodiseringsprofiler). */
export interface Profile {
  line: string;
  weights: Dec[];
  /** The profile's row, so an error in its weights can point back to it. */
  where?: Where;
}

/** One explained cause of a deviation (Avvikelseorsaker), in the report's unit. */
export interface Cause {
  cause: string;
  amount: Dec;
}

/** A line's forecast from the economist's `Prognos` table (workbook.md), in the ledger's unit. */
export interface Forecast {
  line: string;
  allocation: string;
  forecast: Dec;
  comment?: string;
  where: Where;
}
