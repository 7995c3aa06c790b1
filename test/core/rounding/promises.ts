import { Dec } from "../../../src/core/decimal";
import { roundControlled, type Column, type ExactPart, type RoundedReport, type RoundedTable } from "../../../src/core/rounding";
import type { Section } from "../../../src/core/workbook/types";

/*
 * What the controlled rounding promises (domain.md section 7), stated once for any declared columns: every figure
 * within 1 of its exact value (worked out here from the lines' figures and the declared differences, never from the
 * code under test), sections, Total and every declared difference adding up as displayed, and the committee the
 * parts' figures, within 2. The properties run it over random declarations, the report's six columns and amounts
 * past 2^53.
 */

type Row = Record<string, Dec>;

/** The exact figure of every declared column in a row: a figure as the line has it, a difference of two. */
function exactRow(columns: readonly Column[], figures: Row): Row {
  return Object.fromEntries(columns.map((c) => [c.id, "difference" in c.rule ? figures[c.rule.difference[0]].minus(figures[c.rule.difference[1]]) : figures[c.id]]));
}

const sumOf = (columns: readonly Column[], rows: readonly Row[]): Row =>
  Object.fromEntries(columns.map((c) => [c.id, rows.reduce((sum, row) => sum.plus(row[c.id]), new Dec(0))]));

interface ExactTable {
  lines: Row[];
  revenue: Row;
  cost: Row;
  total: Row;
}

function exactTable(columns: readonly Column[], part: ExactPart): ExactTable {
  const lines = part.lines.map((line) => exactRow(columns, line.figures));
  const section = (s: Section) => sumOf(columns, lines.filter((_, i) => part.lines[i].section === s));
  const [revenue, cost] = [section("revenue"), section("cost")];
  return { lines, revenue, cost, total: sumOf(columns, [revenue, cost]) };
}

const rowsOf = <T>(t: { lines: T[]; revenue: T; cost: T; total: T }): T[] => [...t.lines, t.revenue, t.cost, t.total];

/** The largest distance of a displayed figure from its exact value. */
function largestError(columns: readonly Column[], shown: RoundedTable, exact: ExactTable): Dec {
  const exactRows = rowsOf(exact);
  return rowsOf(shown).reduce((worst, row, r) => columns.reduce((w, c) => Dec.max(w, exactRows[r][c.id].minus(row[c.id].toString()).abs()), worst), new Dec(0));
}

/** Every declared column of every row within `limit` of exact (a column the code left out has no figure and fails). */
function expectNear(columns: readonly Column[], shown: RoundedTable, exact: ExactTable, limit: number): void {
  const exactRows = rowsOf(exact);
  const far = rowsOf(shown).flatMap((row, r) =>
    columns.flatMap((c) => (typeof row[c.id] === "bigint" && exactRows[r][c.id].minus(row[c.id].toString()).abs().lt(limit) ? [] : [`row ${r} ${c.id}: ${row[c.id]} for ${exactRows[r][c.id]}`]))
  );
  expect(far).toEqual([]);
}

/** The displayed figures add up: sections, Total, every declared difference. */
export function expectAdditive(columns: readonly Column[], shown: RoundedTable, sections: readonly Section[]): void {
  const add = (rows: Record<string, bigint>[], id: string) => rows.reduce((sum, row) => sum + row[id], 0n);
  for (const c of columns) {
    expect(shown.revenue[c.id]).toBe(add(shown.lines.filter((_, i) => sections[i] === "revenue"), c.id));
    expect(shown.cost[c.id]).toBe(add(shown.lines.filter((_, i) => sections[i] === "cost"), c.id));
    expect(shown.total[c.id]).toBe(shown.revenue[c.id] + shown.cost[c.id]);
    if ("difference" in c.rule) {
      const [minuend, subtrahend] = c.rule.difference;
      for (const row of rowsOf(shown)) expect(row[c.id]).toBe(row[minuend] - row[subtrahend]);
    }
  }
}

export function expectCommitteeIsParts(columns: readonly Column[], report: RoundedReport): void {
  expect(report.committee.lines).toEqual(report.parts.flatMap((p) => p.lines));
  for (const c of columns) expect(report.committee.total[c.id]).toBe(report.parts.reduce((sum, p) => sum + p.total[c.id], 0n));
}

/** Everything the controlled rounding promises, against the exact values: the one statement of it the tests use. */
export function expectControlled(columns: readonly Column[], parts: readonly ExactPart[]): RoundedReport {
  const report = roundControlled(columns, parts);
  parts.forEach((part, p) => {
    expectNear(columns, report.parts[p], exactTable(columns, part), 1);
    expectAdditive(columns, report.parts[p], part.lines.map((l) => l.section));
  });
  // A part's table can always be shown within 1; the committee's, made of the parts' figures, within 2.
  expect(report.parts.map((part) => part.withinOne)).toEqual(parts.map(() => true));
  expectCommitteeIsParts(columns, report);
  const committee = exactTable(columns, { lines: parts.flatMap((p) => p.lines) });
  expectNear(columns, report.committee, committee, 2);
  expect(report.committee.withinOne).toBe(largestError(columns, report.committee, committee).lt(1));
  expectAdditive(columns, report.committee, parts.flatMap((p) => p.lines.map((l) => l.section)));
  return report;
}
