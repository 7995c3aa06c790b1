import { toNumber, type Dec, type DecLike } from "../decimal";
import { amountToDec, costSplit, quarters } from "../rules";
import { financingLines } from "../workbook/financing";
import type { LedgerRow } from "../workbook/types";
import type { InvoicePlan, SettlementBasis } from "./types";

export interface InvoiceInput {
  year: number;
  host: string;
  parties: string[];
  shares: Dec[];
  ledger: LedgerRow[];
  /** Multiplies ledger amounts into kronor: 1 for a ledger in kr, 1000 for one in tkr. */
  toKronor: DecLike;
  basis: SettlementBasis | null;
}

type Figure = "annualBudget" | "outcome" | "forecast";

/**
 * The amounts a member is billed: the shared lines, split by the key, plus the member's own
 * lines — the host's included, since it is billed like every member (its board fees are its own
 * cost, its stock sales its own revenue). Only the host's financing lines are left out
 * (financingLines): they are what it invoices the members, the very thing this plan computes.
 */
function billedSplit(input: InvoiceInput, figure: Figure): Dec[] {
  const isFinancing = financingLines(input.host, input.parties);
  const lines = input.ledger
    .filter((row) => !isFinancing(row))
    .map((row) => ({ amount: amountToDec(row[figure]).times(input.toKronor), tag: row.allocation, where: row.where }));
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
        settlement: toNumber(actual[i].minus(annual[i])),
      }),
    })),
  };
}
