import { toNumber, type Dec } from "../decimal";
import type { Table } from "../rounding/types";
import type { Section } from "../workbook/types";
import { shownFigure } from "./shownFigure";
import type { ReportRow } from "./types";

export interface RowLabel {
  label: string;
  section: Section;
}

/** A table's rows are built knowing its title and column headings, so a figure that cannot be shown is named. */
export interface RowsOf {
  title: string;
  columns: readonly string[];
}

function row(of: RowsOf, label: string, kind: ReportRow["kind"], section: Section | undefined, values: bigint[], exact: Dec[]): ReportRow {
  const shown = values.map((value, c) => shownFigure(value, { table: of.title, row: label, column: of.columns[c] }));
  return { label, kind, ...(section ? { section } : {}), values: shown, exact: exact.map(toNumber) };
}

/**
 * The rows of domain.md section 7: revenue lines, Summa intäkter, cost lines, Summa kostnader, Total. The sum
 * rows are always there (0 for an empty section); `showLines` false keeps only them (the committee's default).
 */
export function tableRows(of: RowsOf, labels: readonly RowLabel[], rounded: Table<bigint>, exact: Table<Dec>, showLines = true): ReportRow[] {
  const linesOf = (section: Section) =>
    showLines ? labels.flatMap((line, i) => (line.section === section ? [row(of, line.label, "line", section, rounded.lines[i], exact.lines[i])] : [])) : [];
  return [
    ...linesOf("revenue"),
    row(of, "Summa intäkter", "sum", "revenue", rounded.revenue, exact.revenue),
    ...linesOf("cost"),
    row(of, "Summa kostnader", "sum", "cost", rounded.cost, exact.cost),
    row(of, "Total", "total", undefined, rounded.total, exact.total),
  ];
}
