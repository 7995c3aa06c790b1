import { Dec } from "../decimal";
import { figureColumns, isDifference, type Column, type ColumnId, type Figures } from "./columns";
import type { ExactLine, ExactPart, ExactReport, Table } from "./types";

type Plus<T> = (a: T, b: T) => T;

/** Column-wise sum of rows over the given columns; no rows sum to zeros, so an empty section shows 0. */
function sumRows<T>(ids: readonly ColumnId[], rows: readonly Figures<T>[], zero: T, plus: Plus<T>): Figures<T> {
  return Object.fromEntries(ids.map((id) => [id, rows.reduce((sum, row) => plus(sum, row[id]), zero)]));
}

/** A table whose lines are the given ones and whose sum rows add them up (Total = Summa intäkter + Summa kostnader). */
function tableOf<T>(ids: readonly ColumnId[], lines: Figures<T>[], sections: readonly ExactLine["section"][], zero: T, plus: Plus<T>): Table<T> {
  const inSection = (section: string) => lines.filter((_, i) => sections[i] === section);
  const revenue = sumRows(ids, inSection("revenue"), zero, plus);
  const cost = sumRows(ids, inSection("cost"), zero, plus);
  return { lines, revenue, cost, total: sumRows(ids, [revenue, cost], zero, plus) };
}

/** The committee's table: the parts' lines one after the other, its sum rows the sums of the parts' sum rows. */
export function committeeOf<T>(ids: readonly ColumnId[], parts: readonly Table<T>[], zero: T, plus: Plus<T>): Table<T> {
  const sum = (pick: (part: Table<T>) => Figures<T>) => sumRows(ids, parts.map(pick), zero, plus);
  return { lines: parts.flatMap((part) => part.lines), revenue: sum((part) => part.revenue), cost: sum((part) => part.cost), total: sum((part) => part.total) };
}

const ZERO = new Dec(0);
const plusDec: Plus<Dec> = (a, b) => a.plus(b);
export const plusBig: Plus<bigint> = (a, b) => a + b;

export const columnIds = (columns: readonly Column[]): ColumnId[] => columns.map((column) => column.id);

/** A line's exact figure in every declared column: its own figures, and each difference of two of them. */
function exactRow(columns: readonly Column[], line: ExactLine): Figures<Dec> {
  return Object.fromEntries(
    columns.map((column) => [column.id, isDifference(column.rule) ? line.figures[column.rule.difference[0]].minus(line.figures[column.rule.difference[1]]) : line.figures[column.id]])
  );
}

/** The unrounded figures of one part table: differences of their columns, sums adding their section's lines. */
export function exactTable(columns: readonly Column[], part: ExactPart): Table<Dec> {
  const sections = part.lines.map((line) => line.section);
  return tableOf(columnIds(columns), part.lines.map((line) => exactRow(columns, line)), sections, ZERO, plusDec);
}

/** The unrounded figures of every part table and of the committee's, the sum of the parts'. */
export function exactReport(columns: readonly Column[], parts: readonly ExactPart[]): ExactReport {
  const tables = parts.map((part) => exactTable(columns, part));
  return { parts: tables, committee: committeeOf(columnIds(columns), tables, ZERO, plusDec) };
}

/** The ids of the columns displayed as given. */
export function keptIds(columns: readonly Column[]): ColumnId[] {
  return figureColumns(columns).flatMap((column) => (column.rule.kept ? [column.id] : []));
}

/** The given displayed figures of the kept columns, with the sum rows they add up to, of every part and the committee. */
export function keptReport(columns: readonly Column[], parts: readonly ExactPart[]): { parts: Table<bigint>[]; committee: Table<bigint> } {
  const ids = keptIds(columns);
  const tables = parts.map((part) => tableOf(ids, part.lines.map((line) => line.kept ?? {}), part.lines.map((line) => line.section), 0n, plusBig));
  return { parts: tables, committee: committeeOf(ids, tables, 0n, plusBig) };
}

/** Whether every kept figure of a part (given, not chosen) is within 1 unit of exact, as every chosen one is. */
export function keptWithinOne(ids: readonly string[], table: Table<bigint>, exact: Table<Dec>): boolean {
  const rows = [...table.lines, table.revenue, table.cost, table.total];
  const exactRows = [...exact.lines, exact.revenue, exact.cost, exact.total];
  return rows.every((row, r) => ids.every((id) => exactRows[r][id].minus(row[id].toString()).abs().lt(1)));
}
