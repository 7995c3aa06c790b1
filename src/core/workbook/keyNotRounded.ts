import { Dec } from "../decimal";
import type { Notice, Where } from "../errors";
import { percentOf } from "../rules/decidedKey";

/**
 * A notice when a year's decided shares carry more decimals than the key publishes (Nyckelns
 * decimaler) and do not sum to exactly 100 % (issue 7 item 12): the key is then applied as the
 * decided one it is binary noise of, or as given within 1e-9, never rescaled (decidedKey), but
 * the economist should round the cells so the key reads as it was decided.
 */
export function keyNotRounded(shares: readonly Dec[], year: number, percentDecimals: number, where: Where): Notice[] {
  const sum = Dec.sum(...shares);
  const tooFine = shares.some((share) => share.decimalPlaces() > percentDecimals + 2);
  if (!tooFine || sum.eq(1)) return [];
  return [{ code: "keyNotRounded", params: { year, decimals: percentDecimals, sum: percentOf(sum) }, where }];
}
