import type { Dec } from "../decimal";
import { OitError, isOitError, type Where } from "../errors";
import { isDifference, type Column } from "../rounding";
import { amountToDec, isZeroAmount, sharedTag } from "../rules";
import { cellWhere, placeParams } from "../workbook/cells";
import { normalizeName } from "../workbook/names";
import type { Ledger, LedgerAmount, LedgerRow, SummedLedger } from "../workbook/types";
import type { LedgerFigure } from "./columns";
import { ownLineLabel } from "./labels";
import type { Part } from "./parts";

/** The ledger's amounts behind a report column: its figure's, or both sides' of a difference. */
function amountsOf(columns: readonly Column<LedgerFigure>[], header: string): LedgerAmount[] {
  const figureOf = (column: Column<LedgerFigure> | undefined): LedgerAmount[] => {
    if (!column) return [];
    if (!isDifference(column.rule)) return [column.rule.figure];
    return column.rule.difference.flatMap((id) => figureOf(columns.find((side) => side.id === id)));
  };
  return figureOf(columns.find((column) => column.header === header));
}

const SUM_SECTIONS: Record<string, LedgerRow["section"] | "all"> = { "Summa intäkter": "revenue", "Summa kostnader": "cost", Total: "all" };

/** The ledger rows a report row sums: its part's (all of them for the committee), then its line's or its section's. */
function rowsBehind(ledger: SummedLedger, part: Part | undefined, label: string): readonly LedgerRow[] {
  const rows = ledger.rows();
  const ofPart = part ? rows.filter((row) => row.allocation === (part.party ?? sharedTag)) : rows;
  const section = SUM_SECTIONS[label];
  if (section) return section === "all" ? ofPart : ofPart.filter((row) => row.section === section);
  const wanted = normalizeName(label);
  // The committee names an own line with its party: "Nämndsarvoden (Borgholm)".
  const shownAs = (row: LedgerRow) => (part || row.allocation === sharedTag ? row.line : ownLineLabel(row.line, row.allocation));
  return ofPart.filter((row) => normalizeName(shownAs(row)) === wanted);
}

/** The cell of a row's label or one of its amounts: its address when the ledger is a table of the workbook, else the row. */
export function cellOf(ledger: Pick<Ledger, "cells">, row: LedgerRow, amount: LedgerAmount | "line"): Where {
  const column = ledger.cells?.columns[amount];
  if (!ledger.cells || column === undefined) return row.where;
  return cellWhere(ledger.cells.table, (row.where.row ?? 1) - 1, column);
}

/** The largest amount (in absolute value) the report row's column sums, and how many amounts it sums. */
function largestBehind(ledger: Pick<Ledger, "hasBudgetColumn">, rows: readonly LedgerRow[], columnAmounts: readonly LedgerAmount[]): { row: LedgerRow; amount: LedgerAmount; value: Dec; count: number } | undefined {
  // Without a Budget column the period budget is computed from Årsbudget: that is the cell to check.
  const amounts = columnAmounts.map((amount) => (amount === "budget" && !ledger.hasBudgetColumn ? "annualBudget" : amount));
  let best: { row: LedgerRow; amount: LedgerAmount; value: Dec; count: number } | undefined;
  let count = 0;
  for (const row of rows) {
    for (const amount of amounts) {
      const held = row[amount];
      if (!held || isZeroAmount(held)) continue;
      const value = amountToDec(held);
      count++;
      if (!best || value.abs().greaterThan(best.value.abs())) best = { row, amount, value, count: 0 };
    }
  }
  return best && { ...best, count };
}

/**
 * A report figure too large for a cell (reportFigureTooLarge, raised with the report's table, row and column)
 * named by where it came from: the ledger cell, or with a sum the largest of the cells it adds, so the
 * economist finds the amount to check. Any other error, or one that cannot be traced, is returned as it was.
 */
export function figureSource(error: unknown, ledger: SummedLedger, parts: readonly Part[], columns: readonly Column<LedgerFigure>[]): unknown {
  if (!isOitError(error) || error.code !== "reportFigureTooLarge") return error;
  const { table, row, column, value, limit } = error.params as Record<string, string>;
  const part = parts.find((candidate) => candidate.title === table);
  const found = largestBehind(ledger, rowsBehind(ledger, part, row), amountsOf(columns, column));
  if (!found) return error;
  const where = cellOf(ledger, found.row, found.amount);
  const params = { value, limit, reportTable: table, reportRow: row, reportColumn: column, cellValue: found.value.toFixed(), count: found.count, ...placeParams(where), column: where.columnName ?? "" };
  return new OitError(found.count === 1 ? "reportFigureTooLargeAt" : "reportSumTooLargeAt", params, where);
}

/** Labels shorter than this cannot be what makes a report's text too long for a cell. */
const LONG_LABEL = 1000;

/**
 * The ledger cell a text too long for a cell came from: the Rad it is, or the longest Rad it quotes (the
 * analysis quotes the lines with the largest deviations). The ledger's rows are only read for a text that is too long.
 */
export function textSource(ledger: SummedLedger): (text: string) => Where | undefined {
  let long: LedgerRow[] | undefined;
  return (text) => {
    long ??= ledger.rows().filter((row) => row.line.length > LONG_LABEL).sort((a, b) => b.line.length - a.line.length);
    const row = long.find((candidate) => text.includes(candidate.line));
    return row && cellOf(ledger, row, "line");
  };
}
