import fc from "fast-check";
import { Dec } from "../../../src/core/decimal";
import { reportColumns } from "../../../src/core/report/columns";
import { inColumnOrder, roundControlled, roundPerCell, type ExactLine, type ExactPart, type Table } from "../../../src/core/rounding";
import type { Section } from "../../../src/core/workbook/types";

export type Line = ExactLine;

/** The report's six columns: Budget, Utfall, Avvikelse ack., Årsbudget, Årsprognos, Avvikelse. */
export const SIX = reportColumns("jan–aug");

export function line(section: Section, budget: string, outcome: string, annualBudget = "0", forecast = "0"): Line {
  return { section, figures: { budget: new Dec(budget), outcome: new Dec(outcome), annualBudget: new Dec(annualBudget), forecast: new Dec(forecast) } };
}

/** A table's rows as arrays in the six columns' order, so a test writes the figures as the report shows them. */
export interface RoundedTable {
  lines: bigint[][];
  revenue: bigint[];
  cost: bigint[];
  total: bigint[];
  withinOne: boolean;
}

export interface RoundedReport {
  parts: RoundedTable[];
  committee: RoundedTable;
}

function inSix(table: Table<bigint> & { withinOne: boolean }): RoundedTable {
  const row = (figures: Table<bigint>["total"]) => inColumnOrder(SIX, figures);
  return { lines: table.lines.map(row), revenue: row(table.revenue), cost: row(table.cost), total: row(table.total), withinOne: table.withinOne };
}

/** The six-column table rounded by the rounding of declared columns (the report's declaration). */
export function controlled(parts: readonly ExactPart[]): RoundedReport {
  const report = roundControlled(SIX, parts);
  return { parts: report.parts.map(inSix), committee: inSix(report.committee) };
}

export function perCell(parts: readonly ExactPart[]): RoundedReport {
  const report = roundPerCell(SIX, parts);
  return { parts: report.parts.map(inSix), committee: inSix(report.committee) };
}

/** Exact figures written out plainly, independent of the code under test. */
export interface Exact {
  lines: Dec[][];
  revenue: Dec[];
  cost: Dec[];
  total: Dec[];
}

const rowOf = ({ figures: l }: Line): Dec[] => [l.budget, l.outcome, l.budget.minus(l.outcome), l.annualBudget, l.forecast, l.annualBudget.minus(l.forecast)];

function columnSums(rows: Dec[][]): Dec[] {
  return [0, 1, 2, 3, 4, 5].map((c) => rows.reduce((sum, row) => sum.plus(row[c]), new Dec(0)));
}

export function exactOf(part: ExactPart): Exact {
  const lines = part.lines.map(rowOf);
  const revenue = columnSums(lines.filter((_, i) => part.lines[i].section === "revenue"));
  const cost = columnSums(lines.filter((_, i) => part.lines[i].section === "cost"));
  return { lines, revenue, cost, total: columnSums([revenue, cost]) };
}

export function exactCommittee(parts: readonly ExactPart[]): Exact {
  const exact = parts.map(exactOf);
  return {
    lines: exact.flatMap((e) => e.lines),
    revenue: columnSums(exact.map((e) => e.revenue)),
    cost: columnSums(exact.map((e) => e.cost)),
    total: columnSums(exact.map((e) => e.total)),
  };
}

export const rowsOf = (t: Exact | RoundedTable): unknown[][] => [...t.lines, t.revenue, t.cost, t.total];

/** Amounts as ledgers hold them: kr with öre shown in tkr, units with 2 decimals, or halves (ties). */
export const amount: fc.Arbitrary<Dec> = fc.oneof(
  fc.integer({ min: -500_000_000, max: 500_000_000 }).map((ore) => new Dec(ore).div(100_000)),
  fc.integer({ min: -1_000_000, max: 1_000_000 }).map((cents) => new Dec(cents).div(100)),
  fc.integer({ min: -20, max: 20 }).map((halves) => new Dec(halves).div(2))
);

export const lineArb = (value: fc.Arbitrary<Dec>): fc.Arbitrary<Line> =>
  fc.record({
    section: fc.constantFrom<Section>("revenue", "cost"),
    figures: fc.record({ budget: value, outcome: value, annualBudget: value, forecast: value }),
  });

export const partsArb = (value: fc.Arbitrary<Dec>, maxParts: number, maxLines: number): fc.Arbitrary<ExactPart[]> =>
  fc.array(fc.array(lineArb(value), { maxLength: maxLines }).map((lines) => ({ lines })), { minLength: 1, maxLength: maxParts });
