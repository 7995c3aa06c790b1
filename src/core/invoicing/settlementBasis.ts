import { isZeroAmount } from "../rules";
import type { LedgerRow } from "../workbook/types";
import type { SettlementBasis } from "./types";

/**
 * A ledger through December holds the year's outcome; before that the forecast stands in
 * (a preliminary settlement). A ledger without any forecast figure has nothing to settle.
 */
export function settlementBasis(throughMonth: number, ledger: readonly LedgerRow[]): SettlementBasis | null {
  if (throughMonth === 12) return "outcome";
  return ledger.some((row) => !isZeroAmount(row.forecast)) ? "forecast" : null;
}
