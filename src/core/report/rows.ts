import { toNumber, type Dec } from "../decimal";
import { inColumnOrder, type Column, type Figures, type RoundedTable, type Table } from "../rounding";
import type { Rounding, Section, Unit } from "../workbook/types";
import { shownFigure } from "./shownFigure";
import { roundingNote } from "./caption";
import { perCellNote } from "./tableNote";
import type { ReportRow, ReportTable } from "./types";

export interface RowLabel {
  label: string;
  section: Section;
}

/** A table's rows are built knowing its title and declared columns, so a figure that cannot be shown is named. */
export interface RowsOf {
  title: string;
  columns: readonly Column[];
}

function row(of: RowsOf, label: string, kind: ReportRow["kind"], section: Section | undefined, values: Figures<bigint>, exact: Figures<Dec>): ReportRow {
  const shown = of.columns.map((column) => shownFigure(values[column.id], { table: of.title, row: label, column: column.header }));
  return { label, kind, ...(section ? { section } : {}), values: shown, exact: inColumnOrder(of.columns, exact).map(toNumber) };
}

/** The indices of the lines of a section, in input order: a table shows its revenue lines, then its cost lines. */
export function linesIn(labels: readonly RowLabel[], section: Section): number[] {
  return labels.flatMap((line, i) => (line.section === section ? [i] : []));
}

/** The indices of the lines in the order the table shows them. */
export function inRowOrder(labels: readonly RowLabel[]): number[] {
  return [...linesIn(labels, "revenue"), ...linesIn(labels, "cost")];
}

/**
 * The rows of domain.md section 7: revenue lines, Summa intäkter, cost lines, Summa kostnader, Total, each row's
 * figures in the declared column order (the JSON's and the sheet's). The sum rows are always there (0 for an
 * empty section); `showLines` false keeps only them (the committee's default).
 */
export function tableRows(of: RowsOf, labels: readonly RowLabel[], rounded: Table<bigint>, exact: Table<Dec>, showLines = true): ReportRow[] {
  const linesOf = (section: Section) => (showLines ? linesIn(labels, section).map((i) => row(of, labels[i].label, "line", section, rounded.lines[i], exact.lines[i])) : []);
  return [
    ...linesOf("revenue"),
    row(of, "Summa intäkter", "sum", "revenue", rounded.revenue, exact.revenue),
    ...linesOf("cost"),
    row(of, "Summa kostnader", "sum", "cost", rounded.cost, exact.cost),
    row(of, "Total", "total", undefined, rounded.total, exact.total),
  ];
}

/**
 * What a table of declared columns shows: its id, title and rows, its note when a figure is 1 or more off,
 * and with per-cell rounding the note of the displayed sums that are not the sums of the displayed rows.
 */
export interface TableOf extends RowsOf {
  id: ReportTable["id"];
  labels: readonly RowLabel[];
  rounding: Rounding;
  unit: Unit;
  showLines?: boolean;
}

export function reportTable(of: TableOf, rounded: RoundedTable, exact: Table<Dec>): ReportTable {
  const table: ReportTable = { id: of.id, title: of.title, columns: of.columns.map((column) => column.header), rows: tableRows(of, of.labels, rounded, exact, of.showLines) };
  const note = rounded.withinOne ? undefined : roundingNote(of.unit);
  const sumsNote = of.rounding === "per-cell" ? perCellNote(table, of.unit) : undefined;
  return { ...table, ...(note ? { note } : {}), ...(sumsNote ? { sumsNote } : {}) };
}

/** A row's displayed figures as numbers, once its table's rows have checked that a cell can show them. */
export function shownNumbers(figures: Figures<bigint>): Figures<number> {
  return Object.fromEntries(Object.entries(figures).map(([id, value]) => [id, Number(value)]));
}
