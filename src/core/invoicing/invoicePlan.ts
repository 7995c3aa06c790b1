import { dec, toNumber, type Dec } from "../decimal";
import { costSplit, quarters } from "../rules";
import type { LedgerRow } from "../workbook/types";
import type { InvoicePlan, SettlementBasis } from "./types";

export interface InvoiceInput {
  year: number;
  host: string;
  parties: string[];
  shares: Dec[];
  ledger: LedgerRow[];
  /** Multiplies ledger amounts into kronor: 1 for a ledger in kr, 1000 for one in tkr. */
  toKronor: number;
  basis: SettlementBasis | null;
}

type Figure = "annualBudget" | "outcome" | "forecast";

/**
 * The amounts a member is billed: the shared lines, split by the key, plus the member's own
 * lines. The host's own lines are left out: they are the host's own books (including the
 * financing it invoices the members), not something it bills to anyone.
 */
function billedSplit(input: InvoiceInput, figure: Figure): Dec[] {
  const host = input.host.trim().toLowerCase();
  const lines = input.ledger
    .filter((row) => row.allocation.trim().toLowerCase() !== host)
    .map((row) => ({ amount: row[figure].times(input.toKronor), tag: row.allocation, where: row.where }));
  return costSplit(lines, input.parties, input.shares, 0);
}

/** Quarterly invoices (¼ each, exact to the krona) and, with a basis, the settlement per party. */
export function invoicePlan(input: InvoiceInput): InvoicePlan {
  const annual = billedSplit(input, "annualBudget");
  const actual = input.basis ? billedSplit(input, input.basis === "outcome" ? "outcome" : "forecast") : null;
  return {
    year: input.year,
    host: input.host,
    basis: input.basis,
    parties: input.parties.map((party, i) => ({
      party,
      annual: toNumber(annual[i]),
      quarters: quarters(annual[i], 0).map(toNumber),
      ...(actual && {
        actual: toNumber(actual[i]),
        settlement: toNumber(dec(actual[i]).minus(annual[i])),
      }),
    })),
  };
}
