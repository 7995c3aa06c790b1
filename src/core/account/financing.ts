import type { Dec, DecLike } from "../decimal";
import { amountToDec } from "../rules";
import { financingLines } from "../workbook/financing";
import type { LedgerRow } from "../workbook/types";
import { sumOf, wholeKronor } from "./kronor";
import type { FinancingAgainstKey } from "./types";

export interface FinancingInput {
  host: string;
  parties: readonly string[];
  ledger: readonly LedgerRow[];
  toKronor: DecLike;
  /** Each party's advances for the year, in kronor. */
  annualAdvances: readonly number[];
}

/**
 * Financing against the key (domain.md section 10): the host's financing lines that name a party should budget
 * as revenue exactly the party's advances for the year. Each party's lines are found by the one financing rule
 * (financingLines), asked about that party alone. null for a party no financing line names (typically the host,
 * whose own share is paid within its own budget).
 */
export function financingAgainstKey(input: FinancingInput): (FinancingAgainstKey | null)[] {
  return input.parties.map((party, i) => {
    const names = financingLines(input.host, [party]);
    const rows = input.ledger.filter(names);
    if (rows.length === 0) return null;
    const revenue: Dec = sumOf(rows.map((row) => amountToDec(row.annualBudget).times(input.toKronor)));
    const budget = wholeKronor(revenue.negated());
    return { budget, advances: input.annualAdvances[i], difference: budget - input.annualAdvances[i] };
  });
}
