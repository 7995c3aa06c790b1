import { toNumber, type Dec } from "../decimal";
import type { Table } from "../rounding/types";
import type { Section } from "../workbook/types";
import type { ReportRow } from "./types";

export interface RowLabel {
  label: string;
  section: Section;
}

function row(label: string, kind: ReportRow["kind"], section: Section | undefined, values: number[], exact: Dec[]): ReportRow {
  return { label, kind, ...(section ? { section } : {}), values, exact: exact.map(toNumber) };
}

/**
 * The rows of domain.md section 7: revenue lines, Summa intäkter, cost lines, Summa kostnader, Total. The sum
 * rows are always there (0 for an empty section); `showLines` false keeps only them (the committee's default).
 */
export function tableRows(labels: readonly RowLabel[], rounded: Table<number>, exact: Table<Dec>, showLines = true): ReportRow[] {
  const linesOf = (section: Section) =>
    showLines ? labels.flatMap((line, i) => (line.section === section ? [row(line.label, "line", section, rounded.lines[i], exact.lines[i])] : [])) : [];
  return [
    ...linesOf("revenue"),
    row("Summa intäkter", "sum", "revenue", rounded.revenue, exact.revenue),
    ...linesOf("cost"),
    row("Summa kostnader", "sum", "cost", rounded.cost, exact.cost),
    row("Total", "total", undefined, rounded.total, exact.total),
  ];
}
