import type { Dec } from "../decimal";
import type { Where } from "../errors";
import type { CalendarDate } from "../workbook/dates";
import type { Section } from "../workbook/types";

/** A year column of Budgetplan (`Budget 2025`, `Plan 2026`, `Utfall 2024`) or of Prioriteringar (`2025`). */
export interface YearColumn {
  /** The header as the workbook spells it: the table's column title. */
  header: string;
  year: number;
  /** Index among the table's headers. */
  index: number;
}

/** One row of Budgetplan, amounts per year column in the ledger's unit. */
export interface PlanRow {
  line: string;
  allocation: string;
  section: Section;
  /** By year column, in the table's column order. */
  amounts: Dec[];
  where: Where;
}

export interface BudgetPlan {
  columns: YearColumn[];
  rows: PlanRow[];
  where: Where;
}

/** One proposal of Prioriteringar, amounts per year column in the ledger's unit. */
export interface Priority {
  line: string;
  allocation: string;
  amounts: Dec[];
}

export interface Priorities {
  columns: YearColumn[];
  rows: Priority[];
  where: Where;
}

/** One line of a locked forecast (Prognoshistorik), in the ledger's unit. */
export interface LockedLine {
  line: string;
  allocation: string;
  forecast: Dec;
  outcome: Dec;
  where: Where;
}

/** A locked forecast: every line's forecast under one label, as appended (workbook.md "Locked forecasts"). */
export interface ForecastVersion {
  label: string;
  locked: CalendarDate;
  throughMonth: number;
  lines: LockedLine[];
  /** The version's body rows (1-based), for messages about the version as a whole. */
  rows: number[];
}
