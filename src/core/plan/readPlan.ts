import { requireCalculated } from "../workbook/calculated";
import { amountAt } from "../workbook/amounts";
import { isBlankRow, labelOf } from "../workbook/cells";
import { findColumn, requireColumn } from "../workbook/columns";
import { allocationReader, ledgerColumns, sectionOf } from "../workbook/ledger";
import { typeSections } from "../workbook/section";
import type { TableData } from "../workbook/types";
import type { BudgetPlan, Priorities } from "./types";
import { yearColumns } from "./yearColumns";

export const PLAN_TABLE = "Budgetplan";
export const PRIORITIES_TABLE = "Prioriteringar";

const PLAN_YEAR = /^(?:budget|plan|utfall) (\d{4})$/;
const PRIORITY_YEAR = /^(\d{4})$/;

/**
 * Budgetplan (workbook.md "Budget and plan"): Rad, Fördelning, optional Typ/Konto, one column per year headed
 * `Budget YYYY`, `Plan YYYY` or `Utfall YYYY`; amounts in the ledger's unit, a blank cell 0.
 */
export function readBudgetPlan(table: TableData, parties: readonly string[]): BudgetPlan {
  requireCalculated(table);
  const line = requireColumn(table, ledgerColumns.line).index;
  const allocation = requireColumn(table, ledgerColumns.allocation).index;
  const kinds = { type: findColumn(table, ledgerColumns.type)?.index, account: findColumn(table, ledgerColumns.account)?.index };
  const columns = yearColumns(table, ["Rad", "Fördelning", "Typ", "Konto"], PLAN_YEAR, ["Budget 2027", "Plan 2028", "Utfall 2026"]);
  const allocationOf = allocationReader(table, parties);
  const sectionOfType = typeSections();
  const rows: BudgetPlan["rows"] = [];
  table.rows.forEach((row, r) => {
    if (isBlankRow(row)) return;
    const amounts = columns.map((column) => amountAt(table, row, r, column.index));
    rows.push({
      line: labelOf(table, row, r, line),
      allocation: allocationOf(row[allocation], r, allocation),
      // Without Typ or Konto the first year's sign decides, as the annual budget's does in the ledger.
      section: sectionOf(table, row, r, kinds, amounts[0].isNegative(), sectionOfType),
      amounts,
      where: { sheet: table.sheet, table: table.name, row: r + 1 },
    });
  });
  return { columns, rows, where: { sheet: table.sheet, table: table.name } };
}

/** Prioriteringar: Rad, Fördelning, one column per year headed `YYYY`, in the ledger's unit; a blank cell 0. */
export function readPriorities(table: TableData, parties: readonly string[]): Priorities {
  requireCalculated(table);
  const line = requireColumn(table, ledgerColumns.line).index;
  const allocation = requireColumn(table, ledgerColumns.allocation).index;
  const columns = yearColumns(table, ["Rad", "Fördelning"], PRIORITY_YEAR, ["2027"]);
  const allocationOf = allocationReader(table, parties);
  const rows: Priorities["rows"] = [];
  table.rows.forEach((row, r) => {
    if (isBlankRow(row)) return;
    rows.push({
      line: labelOf(table, row, r, line),
      allocation: allocationOf(row[allocation], r, allocation),
      amounts: columns.map((column) => amountAt(table, row, r, column.index)),
    });
  });
  return { columns, rows, where: { sheet: table.sheet, table: table.name } };
}
