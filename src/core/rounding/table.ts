import { Dec } from "../decimal";
import type { ExactPart, ExactReport, Table } from "./types";

const COLUMNS = 6;

/** Column-wise sum of rows; no rows sum to zeros, so an empty section shows 0. */
export function sumRows<T>(rows: readonly (readonly T[])[], zero: T, plus: (a: T, b: T) => T): T[] {
  return rows.reduce<T[]>((sum, row) => sum.map((value, column) => plus(value, row[column])), Array(COLUMNS).fill(zero));
}

/** A table whose lines are the given ones and whose sum rows add them up (Total = Summa intäkter + Summa kostnader). */
function tableOf<T>(lines: T[][], revenueLines: T[][], costLines: T[][], zero: T, plus: (a: T, b: T) => T): Table<T> {
  const revenue = sumRows(revenueLines, zero, plus);
  const cost = sumRows(costLines, zero, plus);
  return { lines, revenue, cost, total: sumRows([revenue, cost], zero, plus) };
}

/** The committee's table: the parts' lines one after the other, its sum rows the sums of the parts' sum rows. */
export function committeeOf<T>(parts: readonly Table<T>[], zero: T, plus: (a: T, b: T) => T): Table<T> {
  return {
    lines: parts.flatMap((part) => part.lines),
    revenue: sumRows(parts.map((part) => part.revenue), zero, plus),
    cost: sumRows(parts.map((part) => part.cost), zero, plus),
    total: sumRows(parts.map((part) => part.total), zero, plus),
  };
}

const ZERO = new Dec(0);
const plusDec = (a: Dec, b: Dec): Dec => a.plus(b);
export const plusBig = (a: bigint, b: bigint): bigint => a + b;

/** The unrounded figures of one part table: deviations are budget − outcome, sums add their section's lines. */
export function exactTable(part: ExactPart): Table<Dec> {
  const rows = part.lines.map((line) => [
    line.budget,
    line.outcome,
    line.budget.minus(line.outcome),
    line.annualBudget,
    line.forecast,
    line.annualBudget.minus(line.forecast),
  ]);
  const inSection = (section: string) => rows.filter((_, i) => part.lines[i].section === section);
  return tableOf(rows, inSection("revenue"), inSection("cost"), ZERO, plusDec);
}

/** The unrounded figures of every part table and of the committee's, the sum of the parts'. */
export function exactReport(parts: readonly ExactPart[]): ExactReport {
  const tables = parts.map(exactTable);
  return { parts: tables, committee: committeeOf(tables, ZERO, plusDec) };
}
