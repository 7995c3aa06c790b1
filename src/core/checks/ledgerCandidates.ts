import { readLedgerCollecting } from "../workbook/ledger";
import type { TableData } from "../workbook/types";

/**
 * Whether a table's headers make it a ledger: the ledger's reader finds none of workbook.md's required columns
 * missing (two matching one is still a ledger: reading it will say what is ambiguous). Its rows do not matter.
 */
export function isLedgerShaped(table: Pick<TableData, "name" | "headers">): boolean {
  const headersOnly: TableData = { name: table.name, sheet: "", headers: table.headers, rows: [] };
  return !readLedgerCollecting(headersOnly, []).problems.some(({ problem }) => problem.code === "missingColumn");
}

/** The tables whose headers make them a ledger, in workbook order. */
export function ledgerCandidates(tables: readonly TableData[]): TableData[] {
  return tables.filter(isLedgerShaped);
}
