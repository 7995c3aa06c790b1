import { readLedgerCollecting } from "../workbook/ledger";
import type { TableData } from "../workbook/types";
import type { Finding } from "./types";

/**
 * Every problem of the ledger at once, as the report's own reader finds them (the report stops at the first):
 * formulas without a computed value, missing columns, blank lines, unknown parties or Typ, amounts that are not
 * numbers, and the warnings: revenue or cost with the wrong sign, board fees tagged as shared. A table lacking an
 * amount column is still checked for the rest.
 */
export function checkLedger(table: TableData, parties: readonly string[]): Finding[] {
  return readLedgerCollecting(table, parties, { amounts: "optional", warnings: true }).problems;
}
