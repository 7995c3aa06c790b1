import { formatSigned, tableNotes, type Report, type ReportRow, type ReportTable } from "../core/report";
import type { Language } from "../core/messages";

/** A whole figure for a terminal: a plain space between thousands, an ASCII minus, right-aligned by the caller. */
export function terminalFigure(value: number): string {
  const digits = Math.abs(value).toFixed(0).replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  return (value < 0 && digits !== "0" ? "-" : "") + digits;
}

const sumMark = "Σ ";
/** The report itself is the board's, in Swedish; the heading the command adds follows --lang. */
const analysisHeading: Record<Language, string> = { sv: "Avvikelseanalys (utkast)", en: "Deviation analysis (draft)" };
const lineIndent = "  ";

function labelOf(row: ReportRow): string {
  return (row.kind === "line" ? lineIndent : sumMark) + row.label;
}

/** One table as aligned text: sum and total rows marked with Σ and set off by a rule. */
export function tableText(table: ReportTable, unit: string): string[] {
  const labels = table.rows.map(labelOf);
  const cells = table.rows.map((row) => row.values.map(terminalFigure));
  const labelWidth = Math.max(unit.length, ...labels.map((label) => label.length));
  const widths = table.columns.map((column, i) => Math.max(column.length, ...cells.map((row) => row[i]?.length ?? 0)));
  const line = (first: string, rest: string[]) =>
    [first.padEnd(labelWidth), ...rest.map((cell, i) => cell.padStart(widths[i]))].join("  ").trimEnd();
  const rule = "-".repeat(labelWidth + widths.reduce((sum, width) => sum + width + 2, 0));
  const out = [table.title, line(unit, table.columns), rule];
  table.rows.forEach((row, r) => {
    if (row.kind !== "line" && table.rows[r - 1]?.kind === "line") out.push(rule);
    out.push(line(labels[r], cells[r]));
  });
  if (table.caption) out.push(table.caption);
  out.push(...tableNotes(table));
  return out;
}

/** The whole report for `oit-budget demo`: every table, then the draft analysis and its causes. */
export function reportText(report: Report, language: Language): string {
  const blocks = report.tables.map((table) => tableText(table, report.unit).join("\n"));
  const narrative = [...report.narrative.paragraphs];
  for (const cause of report.narrative.causes ?? []) {
    narrative.push(`${lineIndent}${cause.label}: ${formatSigned(cause.amount)} ${report.unit}`);
  }
  if (narrative.length > 0) blocks.push([analysisHeading[language], ...narrative].join("\n"));
  return blocks.join("\n\n") + "\n";
}
