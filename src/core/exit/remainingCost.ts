import { Dec, toNumber } from "../decimal";
import { OitError } from "../errors";
import { allocate } from "../rules";
import type { RemainingCost } from "./types";

/** A shared line of the last year's budget, in kronor: its annual budget and the part of it that stays (Kvarstår). */
export interface SharedLine {
  label: string;
  amount: Dec;
  stays: Dec;
}

/**
 * The remaining parties' shares of the key, in proportion to each other: the key without the leaving member,
 * scaled to 100 %.
 */
function remainingKey(shares: readonly Dec[], remaining: readonly number[], parties: readonly string[], year: number): Dec[] {
  const total = Dec.sum(...remaining.map((i) => shares[i]));
  if (total.isZero()) throw new OitError("exitNoRemainingShare", { parties: remaining.map((i) => parties[i]), year });
  return remaining.map((i) => shares[i].div(total));
}

/**
 * Kvarstående kostnader (domain.md section 13): per remaining party and shared line, `before` is its share by the
 * key of the line's annual budget, `after` its part of what stays of the line once the member has left, split
 * between the remaining parties in proportion to their key shares. Both to the krona by largest remainder, per
 * line; the totals are the sums of the lines, so the table adds up as shown.
 */
export function remainingCost(lines: readonly SharedLine[], parties: readonly string[], shares: readonly Dec[], leaving: string, year: number): RemainingCost[] {
  const remaining = parties.flatMap((party, i) => (party === leaving ? [] : [i]));
  const key = remainingKey(shares, remaining, parties, year);
  const before = lines.map((line) => allocate(line.amount, shares, 0));
  const after = lines.map((line) => allocate(line.stays, key, 0));
  return remaining.map((partyIndex, r) => {
    const perLine = lines.map((line, l) => ({ label: line.label, before: toNumber(before[l][partyIndex]), after: toNumber(after[l][r]) }));
    return {
      party: parties[partyIndex],
      // Whole kronor only, so the binary sums are exact.
      before: perLine.reduce((total, line) => total + line.before, 0),
      after: perLine.reduce((total, line) => total + line.after, 0),
      lines: perLine,
    };
  });
}
