import { fillTemplate } from "../messages";
import { reportMessages } from "../messages/report";
import type { Unit } from "../workbook/types";
import { formatAmount, formatSigned } from "./format";
import type { ReportRow, ReportTable } from "./types";

/** A displayed sum and what the displayed rows it sums give, in one column. */
interface Difference {
  row: ReportRow;
  column: number;
  shown: number;
  summed: number;
}

/** What a sum row adds: Summa intäkter and Summa kostnader their section's lines (when shown), Total the two sums. */
function summands(rows: readonly ReportRow[], sum: ReportRow): readonly ReportRow[] | undefined {
  if (sum.kind === "total") return rows.filter((row) => row.kind === "sum");
  const lines = rows.filter((row) => row.kind === "line" && row.section === sum.section);
  // The committee's table may show its sums alone: then there are no rows to add up on the page.
  return rows.some((row) => row.kind === "line") ? lines : undefined;
}

function differences(rows: readonly ReportRow[]): Difference[] {
  return rows.flatMap((row) => {
    const parts = row.kind === "line" ? undefined : summands(rows, row);
    if (!parts) return [];
    return row.values.flatMap((shown, column) => {
      const summed = parts.reduce((total, part) => total + part.values[column], 0);
      return summed === shown ? [] : [{ row, column, shown, summed }];
    });
  });
}

/**
 * Said under a table rounded cell by cell whose displayed sums are not the sums of its displayed rows:
 * which sum, in which column, what it shows, what the rows give and the difference, in the report's unit
 * (the report is the board's, in Swedish).
 */
export function perCellNote(table: Pick<ReportTable, "rows" | "columns">, unit: Unit): string | undefined {
  const found = differences(table.rows);
  if (found.length === 0) return undefined;
  const items = found.map(({ row, column, shown, summed }) => {
    const template = row.kind === "total" ? reportMessages.perCellTotalDiffers : reportMessages.perCellSumDiffers;
    return fillTemplate(template, { row: row.label, column: table.columns[column], shown: formatAmount(shown), summed: formatAmount(summed), difference: formatSigned(shown - summed), unit }, "sv");
  });
  // fillTemplate, not describe: the figures keep their no-break spaces.
  return fillTemplate(reportMessages.perCellSumsDiffer, { differences: items.join("; ") }, "sv");
}

/** The notes written under a table, in the order they are read: how far figures are off, then which sums differ. */
export function tableNotes(table: Pick<ReportTable, "note" | "sumsNote">): string[] {
  return [table.note, table.sumsNote].filter((note): note is string => note !== undefined);
}
