import type { Dec } from "../decimal";
import type { Section } from "../workbook/types";

/** One part table (the shared part, or one party's own part) before rounding, values in the report's unit. */
export interface ExactPart {
  lines: { section: Section; budget: Dec; outcome: Dec; annualBudget: Dec; forecast: Dec }[];
}

/**
 * The figures of domain.md section 7's layout. Every row has 6 columns:
 * [budget, outcome, budget−outcome, annualBudget, forecast, annualBudget−forecast].
 */
export interface Table<T> {
  /** per line, in input order */
  lines: T[][];
  revenue: T[]; // Summa intäkter
  cost: T[]; // Summa kostnader
  total: T[]; // Total
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
