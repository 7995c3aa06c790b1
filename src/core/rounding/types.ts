import type { Dec } from "../decimal";
import type { Section } from "../workbook/types";
import type { Figures } from "./columns";

/** A line of a part table before rounding: its section and, per declared figure column, its exact value. */
export interface ExactLine {
  section: Section;
  figures: Figures<Dec>;
  /** The displayed value of every `kept` column (another table's, already rounded). */
  kept?: Figures<bigint>;
}

/** One part table (the shared part, or one party's own part) before rounding, values in the report's unit. */
export interface ExactPart {
  lines: readonly ExactLine[];
}

/** The rows of domain.md section 7's layout, each row's figures by declared column id. */
export interface Table<T> {
  /** per line, in input order */
  lines: Figures<T>[];
  revenue: Figures<T>; // Summa intäkter
  cost: Figures<T>; // Summa kostnader
  total: Figures<T>; // Total
}

/** A rounded table: every figure of domain.md section 7's layout, as exact integers whatever their size. */
export interface RoundedTable extends Table<bigint> {
  /** true when every displayed figure is within 1 unit (strictly) of its exact value */
  withinOne: boolean;
}

export interface RoundedReport {
  parts: RoundedTable[]; // same order as input
  committee: RoundedTable; // lines = all parts' lines concatenated in part order; sums = sums of the parts' sums
  /** The unrounded figures the tables were rounded from, in the same shape. */
  exact: ExactReport;
}

export interface ExactReport {
  parts: Table<Dec>[];
  committee: Table<Dec>;
}
