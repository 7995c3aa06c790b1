import { findColumn } from "../workbook/columns";
import { ledgerColumns } from "../workbook/ledger";
import type { TableData } from "../workbook/types";

const required = [ledgerColumns.line, ledgerColumns.allocation, ledgerColumns.outcome, ledgerColumns.annualBudget, ledgerColumns.forecast];

function hasColumn(table: TableData, spec: (typeof required)[number]): boolean {
  try {
    return findColumn(table, spec) !== undefined;
  } catch {
    return true; // two matching columns: it is a ledger, and reading it will say what is ambiguous
  }
}

/** Whether a table's headers make it a ledger (workbook.md's required columns); its rows do not matter. */
export function isLedgerShaped(table: Pick<TableData, "name" | "headers">): boolean {
  const headersOnly: TableData = { name: table.name, sheet: "", headers: table.headers, rows: [] };
  return required.every((spec) => hasColumn(headersOnly, spec));
}

/** The tables whose headers make them a ledger, in workbook order. */
export function ledgerCandidates(tables: readonly TableData[]): TableData[] {
  return tables.filter(isLedgerShaped);
}
