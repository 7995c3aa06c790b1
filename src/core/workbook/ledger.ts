import { OitError } from "../errors";
import { allocationTags, sharedTag, tagText } from "../rules";
import { isBlank } from "../input";
import { exactAmountAt } from "./amounts";
import { requireCalculated } from "./calculated";
import { cellWhere, isBlankRow, labelOf, placeParams } from "./cells";
import { findColumn, requireColumn, type ColumnSpec } from "./columns";
import { nameNormalizer, textOf } from "./names";
import { accountSection, typeSection } from "./section";
import type { Ledger, LedgerRow, Section, TableData } from "./types";

export const LEDGER_TABLE = "Underlag";

export const ledgerColumns = {
  line: { name: "Rad" },
  allocation: { name: "Fördelning" },
  type: { name: "Typ" },
  account: { name: "Konto" },
  budget: { name: "Budget", period: true },
  outcome: { name: "Utfall", period: true },
  annualBudget: { name: "Årsbudget" },
  forecast: { name: "Årsprognos", aliases: ["Prognos"] },
} satisfies Record<string, ColumnSpec>;

interface LedgerColumns {
  line: number;
  allocation: number;
  type?: number;
  account?: number;
  budget?: number;
  outcome: number;
  annualBudget: number;
  forecast: number;
}

function ledgerColumnsOf(table: TableData): { columns: LedgerColumns; period?: string } {
  const outcome = requireColumn(table, ledgerColumns.outcome);
  const budget = findColumn(table, ledgerColumns.budget);
  return {
    columns: {
      line: requireColumn(table, ledgerColumns.line).index,
      allocation: requireColumn(table, ledgerColumns.allocation).index,
      type: findColumn(table, ledgerColumns.type)?.index,
      account: findColumn(table, ledgerColumns.account)?.index,
      budget: budget?.index,
      outcome: outcome.index,
      annualBudget: requireColumn(table, ledgerColumns.annualBudget).index,
      forecast: requireColumn(table, ledgerColumns.forecast).index,
    },
    period: outcome.period ?? budget?.period,
  };
}

/**
 * Fördelning as typed → "Gemensam" or the party's name as the key spells it, by OIT.COSTSPLIT's rule
 * (allocationTags); unknown names are errors naming the cell.
 */
export function allocationReader(table: TableData, parties: readonly string[]): (value: unknown, bodyRow: number, column: number) => string {
  // The parties come from the key table, whose reader names the cell of a bad one.
  const tags = allocationTags(parties, () => undefined);
  return (value, bodyRow, column) => {
    const tag = tagText(value);
    const position = tags.positionOf(tag);
    if (position !== undefined) return position < 0 ? sharedTag : parties[position];
    const where = cellWhere(table, bodyRow, column);
    throw new OitError("unknownParty", { value: tag, allowed: tags.allowed, ...placeParams(where) }, where);
  };
}

/**
 * Typ when given; else Kommun-Bas accounts 3xxx are revenue; else a negative amount (the ledger's annual budget,
 * the plan's first year) is revenue. One rule for every table that has Typ and Konto.
 */
export function sectionOf(table: TableData, row: readonly unknown[], bodyRow: number, columns: { type?: number; account?: number }, negativeBudget: boolean, normalType: (name: string) => string): Section {
  if (columns.type !== undefined && !isBlank(row[columns.type])) {
    const section = typeSection(row[columns.type], normalType);
    if (section) return section;
    const where = cellWhere(table, bodyRow, columns.type);
    throw new OitError("badSection", { value: textOf(row[columns.type]), ...placeParams(where) }, where);
  }
  if (columns.account !== undefined && !isBlank(row[columns.account])) return accountSection(row[columns.account]);
  return negativeBudget ? "revenue" : "cost";
}

/** The ledger (underlag) of workbook.md: one parsed row per non-blank table row, amounts in the ledger's unit. */
export function readLedger(table: TableData, parties: readonly string[]): Ledger {
  requireCalculated(table);
  const { columns, period } = ledgerColumnsOf(table);
  const allocationOf = allocationReader(table, parties);
  const normalType = nameNormalizer();
  const rows: LedgerRow[] = [];
  table.rows.forEach((row, r) => {
    if (isBlankRow(row)) return;
    const annualBudget = exactAmountAt(table, row, r, columns.annualBudget);
    rows.push({
      line: labelOf(table, row, r, columns.line),
      allocation: allocationOf(row[columns.allocation], r, columns.allocation),
      section: sectionOf(table, row, r, columns, annualBudget.units < 0, normalType),
      budget: columns.budget === undefined ? null : exactAmountAt(table, row, r, columns.budget),
      outcome: exactAmountAt(table, row, r, columns.outcome),
      annualBudget,
      forecast: exactAmountAt(table, row, r, columns.forecast),
      where: { sheet: table.sheet, table: table.name, row: r + 1 },
    });
  });
  return { rows, where: { sheet: table.sheet, table: table.name }, hasBudgetColumn: columns.budget !== undefined, headerPeriod: period };
}
