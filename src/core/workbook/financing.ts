import { nameNormalizer, normalizeName } from "./names";
import type { LedgerRow } from "./types";

export type FinancingCandidate = Pick<LedgerRow, "line" | "allocation" | "section">;

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * A party's name as a whole word of a normalised Rad, or its genitive ("Borgholms kommun"). Whole words, so a
 * party "Ås" is not found in "Västerås"; no lookbehind, which older Safari (Excel on Mac) cannot parse.
 */
function partyNamePattern(parties: readonly string[]): RegExp {
  const names = parties.map((party) => escaped(normalizeName(party))).join("|");
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${names})s?(?![\\p{L}\\p{N}])`, "u");
}

/**
 * The host's financing lines (workbook.md, "Money between the members"): its own revenue lines whose Rad names a
 * party — "Intäkter från Mörbylånga kommun", "Intäkter Borgholms kommun" — are what the host invoices the
 * members, not a cost of anyone. Its other own revenue (sales of stock, "Övriga intäkter") is its own and counts
 * in its cost like any own line. One rule for the invoices and the members' account, so they cannot disagree.
 */
export function financingLines(host: string, parties: readonly string[]): (row: FinancingCandidate) => boolean {
  const hostName = normalizeName(host);
  const namesParty = partyNamePattern(parties);
  // A ledger repeats its lines on many rows: each distinct Fördelning and Rad is normalised and matched once.
  const allocation = nameNormalizer();
  const seen = new Map<string, boolean>();
  return (row) => {
    if (row.section !== "revenue" || allocation(row.allocation) !== hostName) return false;
    let financing = seen.get(row.line);
    if (financing === undefined) seen.set(row.line, (financing = namesParty.test(normalizeName(row.line))));
    return financing;
  };
}
