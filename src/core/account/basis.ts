import type { SettlementBasis } from "../invoicing/types";

/** The account settles the year on its outcome once the ledger runs through December, before that on the forecast. */
export function accountBasis(throughMonth: number): SettlementBasis {
  return throughMonth === 12 ? "outcome" : "forecast";
}
