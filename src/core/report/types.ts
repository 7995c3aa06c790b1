import type { Notice } from "../errors";
import type { Rounding, Section, Unit } from "../workbook/types";

/** The report as plain data: what excel/ and cli/ render and what --json prints (workbook.md). */
export type TableId = "total" | "shared" | `own:${string}` | "forecastChange";

export interface ReportRow {
  label: string;
  kind: "line" | "sum" | "total";
  section?: Section;
  /** Displayed figures in the report's unit: Budget, Utfall, Avvikelse ack., Årsbudget, Årsprognos, Avvikelse. */
  values: number[];
  /** The same figures unrounded. */
  exact: number[];
}

export interface ReportTable {
  id: TableId;
  title: string;
  columns: string[];
  rows: ReportRow[];
  caption?: string;
  /** Present only when some displayed figure could not be kept within 1 unit of exact. */
  note?: string;
  /**
   * Present only under per-cell rounding, when a displayed sum is not the sum of the displayed rows it adds:
   * which, in which column, and by how much. Apart from `note`, which workbook.md keeps for the 1-unit case.
   */
  sumsNote?: string;
}

export interface DeviationSplit {
  basis: "forecast";
  amount: number;
  parts: { party: string; amount: number }[];
}

export interface Narrative {
  /** Paragraphs of the draft deviation analysis, in Swedish. */
  paragraphs: string[];
  /** Reconciliation of explained causes, when the workbook has Avvikelseorsaker. */
  causes?: { label: string; amount: number; kind: "cause" | "unexplained" | "total" }[];
}

/** How far a locked forecast was from the year's outcome (month 12), in the report's unit. */
export interface ForecastAccuracy {
  version: string;
  throughMonth: number;
  forecast: number;
  outcome: number;
  /** forecast − outcome */
  difference: number;
  /** The difference in percent of the outcome, one decimal; null when the outcome is 0. */
  percent: number | null;
}

export interface Report {
  year: number;
  throughMonth: number;
  periodLabel: string;
  unit: Unit;
  host: string;
  key: { party: string; share: number }[];
  rounding: Rounding;
  tables: ReportTable[];
  deviationSplit: DeviationSplit;
  narrative: Narrative;
  /** At month 12, when Prognoshistorik has versions: each version's Total forecast against the outcome. */
  forecastAccuracy?: ForecastAccuracy[];
  /** Warnings that do not stop the report (e.g. a decided key that differs from the users); hosts describe them. */
  warnings: Notice[];
}
