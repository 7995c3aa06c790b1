import type { Notice } from "../errors";
import type { ReportTable } from "../report/types";
import type { Rounding, Unit } from "../workbook/types";
import type { ColumnSplit } from "./split";

/** A party's financing line against what the key gives, per year column (domain.md section 10), in the plan's unit. */
export interface FinancingCheck {
  column: string;
  party: string;
  /** The financing the host budgets from the party (its financing lines, as revenue turned positive). */
  financing: number;
  /** The party's share of the shared net cost plus its own costs, as displayed. */
  expected: number;
  difference: number;
}

export interface PlanPriorities {
  columns: string[];
  rows: { label: string; allocation: string; values: number[] }[];
  total: number[];
  shared: number[];
  parts: { party: string; values: number[] }[];
}

/** The budget and plan of workbook.md "Budget and plan", as --json prints it. */
export interface PlanReport {
  unit: Unit;
  rounding: Rounding;
  host: string;
  /** First and last year of the columns, for the sheet's name. */
  years: [number, number];
  tables: ReportTable[];
  split: ColumnSplit[];
  priorities?: PlanPriorities;
  financing: FinancingCheck[];
  /** Sentences: each financing difference (the check's note), said in the same words as Kontroll. */
  notes: string[];
  warnings: Notice[];
}
