import { Dec, toNumber } from "../decimal";
import { allocate, sharedTag } from "../rules";
import type { WindDownItem } from "../workbook/windDown";
import type { ExitItem, PartyAmount } from "./types";

/**
 * The wind-down items split (§20, §9 of the agreement; domain.md section 13): a Gemensam item by the key of
 * the last year, exactly to the krona (largest remainder); an owned item wholly to its owner.
 */
export function splitItems(items: readonly WindDownItem[], parties: readonly string[], shares: readonly Dec[]): ExitItem[] {
  return items.map((item) => {
    const parts =
      item.owner === sharedTag
        ? allocate(item.amount, shares, 0)
        : parties.map((party) => (party === item.owner ? item.amount.toDecimalPlaces(0, Dec.ROUND_HALF_UP) : new Dec(0)));
    return {
      label: item.label,
      owner: item.owner,
      ...(item.type && { type: item.type }),
      amount: toNumber(item.amount),
      parts: parties.map((party, i) => ({ party, amount: toNumber(parts[i]) })),
    };
  });
}

/** Assets and costs added per party, in the key's order. */
export function totalsOf(items: readonly ExitItem[], parties: readonly string[]): PartyAmount[] {
  // Whole kronor only, so the binary sum is exact.
  return parties.map((party, i) => ({ party, amount: items.reduce((total, item) => total + item.parts[i].amount, 0) }));
}
