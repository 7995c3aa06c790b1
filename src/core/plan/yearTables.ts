import { Dec } from "../decimal";
import { roundControlled, roundPerCell } from "../rounding";
import type { Table } from "../rounding/types";
import type { ReportLine } from "../report/lines";
import { partsOf, type Part } from "../report/parts";
import type { Rounding, Section } from "../workbook/types";

/** A line with one exact figure per column (a year, a version), in the report's unit. */
export interface ColumnLine {
  label: string;
  allocation: string;
  section: Section;
  figures: Dec[];
}

export interface RoundedColumns {
  /** Exact integers, as the report's rounding gives them; the rows of the table turn them into cell numbers. */
  shown: Table<bigint>;
  exact: Table<Dec>;
  withinOne: boolean;
}

/** The committee and its parts (shared, own:<Part>), each with one figure per column, rounded together. */
export interface ColumnTables {
  parts: Part[];
  tables: RoundedColumns[];
  committee: RoundedColumns;
}

const ZERO = new Dec(0);

/**
 * The report's rounding rounds two independent column groups at once: the period's (Budget, Utfall, their
 * difference) and the year's (Årsbudget, Årsprognos, their difference). A column that stands alone is such a
 * group whose second figure is zero (its difference is then itself), so two plan columns ride on one rounding
 * of the report, each group rounded exactly as the report's are: additive over lines, sum rows, Total and the
 * committee = its parts, within 1 unit. Until the report model declares its columns, this is how a table with
 * any number of year columns reuses that code instead of a copy of it.
 */
const FIRST_OF_GROUP = [0, 3] as const;

function groupLines(lines: readonly ColumnLine[], group: number): ReportLine[] {
  const figure = (line: ColumnLine, column: number) => line.figures[column] ?? ZERO;
  return lines.map((line) => ({
    label: line.label,
    allocation: line.allocation,
    section: line.section,
    budget: figure(line, 2 * group),
    outcome: ZERO,
    annualBudget: figure(line, 2 * group + 1),
    forecast: ZERO,
  }));
}

/** One table's rows put together again from the groups: each row's figures in column order. */
function joined<T>(groups: readonly Table<T>[], count: number): Table<T> {
  const pick = (rows: readonly (readonly T[])[]) => rows.flatMap((row) => FIRST_OF_GROUP.map((i) => row[i])).slice(0, count);
  return {
    lines: groups[0].lines.map((_, i) => pick(groups.map((group) => group.lines[i]))),
    revenue: pick(groups.map((group) => group.revenue)),
    cost: pick(groups.map((group) => group.cost)),
    total: pick(groups.map((group) => group.total)),
  };
}

/**
 * The three kinds of table (domain.md section 7) with one figure per column and no differences: every column
 * rounded by the report's rounding (controlled or per cell), so the displayed figures add up across the rows
 * and between the committee and its parts in every column.
 */
export function roundColumns(lines: readonly ColumnLine[], columns: number, parties: readonly string[], rounding: Rounding): ColumnTables {
  const round = rounding === "per-cell" ? roundPerCell : roundControlled;
  const groups = Array.from({ length: Math.ceil(columns / 2) }, (_, group) => partsOf(groupLines(lines, group), parties));
  const rounded = groups.map((parts) => round(parts));
  const result = (shown: Table<bigint>[], exact: Table<Dec>[], within: boolean[]): RoundedColumns => ({
    shown: joined(shown, columns),
    exact: joined(exact, columns),
    withinOne: within.every(Boolean),
  });
  const parts = groups[0] ?? partsOf([], parties);
  return {
    parts,
    tables: parts.map((_, p) => result(rounded.map((r) => r.parts[p]), rounded.map((r) => r.exact.parts[p]), rounded.map((r) => r.parts[p].withinOne))),
    committee: result(rounded.map((r) => r.committee), rounded.map((r) => r.exact.committee), rounded.map((r) => r.committee.withinOne)),
  };
}
