import { Dec, toNumber, type DecLike } from "../decimal";
import { OitError, type Where } from "../errors";
import { parseRequiredAmount } from "../input/parseRequiredAmount";
import { allocationTags } from "./allocationTags";
import { checkDecimals, decimalsRange } from "./checkDecimals";
import { largestRemainder } from "./largestRemainder";
import { shareNumerators } from "./shareNumerators";
import { extraScale, fromUnits, powerOfTen, unitsOf } from "./units";
import { decidedKey, percentOf } from "./decidedKey";

export interface TaggedLine {
  amount: DecLike;
  /** "Gemensam" or a party's name (Fördelning), as typed. */
  tag: string;
  where?: Where;
}

/**
 * Each party's cost (domain.md section 3): its key share of the net shared cost plus its own
 * lines, in parties' order, on the unit 10^-decimals.
 *
 * Rounding, decided: the parties' exact costs (share_i × shared + own_i) are rounded together
 * by largest remainder, so the parts sum exactly to round(total of all lines) and each is
 * within one unit of its exact cost, whatever the lines' precision. When every own line is on
 * the unit (a ledger in whole kronor split to kronor), this is exactly allocate(shared) + own_i:
 * remainders then come only from the shared part, and the sign of the shared amount is used
 * as allocate uses it, so ties fall as they do there. Rounding the own sums separately could
 * not promise the total: 0,5 shared and 0,5 own would give 1 + 1 for an exact 1.
 */
export function costSplit(
  lines: readonly TaggedLine[],
  parties: readonly string[],
  shares: readonly Dec[],
  decimals = 0
): Dec[] {
  const unit = checkDecimals(decimals, decimalsRange);
  const keyWhere = { argument: "key" };
  if (shares.length !== parties.length) {
    throw new OitError("shapeMismatch", { actual: shares.length, expected: parties.length }, keyWhere);
  }
  const key = decidedKey(shares, keyWhere);
  const { shared, own } = sums(lines, parties);
  const parts = roundTogether(shared, own, key, unit);
  if (parts) return parts;
  throw new OitError("keyInexact", { sum: percentOf(Dec.sum(...key)), amount: toNumber(shared) }, keyWhere);
}

/** The net shared amount and each party's own amount, exact. */
function sums(lines: readonly TaggedLine[], parties: readonly string[]): { shared: Dec; own: Dec[] } {
  const tags = allocationTags(parties);
  let shared = new Dec(0);
  const own = parties.map(() => new Dec(0));
  for (const line of lines) {
    const amount = parseRequiredAmount(line.amount, line.where);
    const party = tags.partyOf(line.tag, line.where);
    if (party < 0) shared = shared.plus(amount);
    else own[party] = own[party].plus(amount);
  }
  return { shared, own };
}

/**
 * Exact costs share_i × shared + own_i as integers over one denominator, then Hamilton to the
 * rounded total; undefined when a key within 1e-9 of 1 leaves too much of the shared amount unsplit.
 */
function roundTogether(shared: Dec, own: readonly Dec[], shares: readonly Dec[], unit: number): Dec[] | undefined {
  const sign = shared.lt(0) ? -1 : 1;
  const scale = unit + Math.max(...[shared, ...own].map((amount) => extraScale(amount, unit)));
  const { numerators, denominator } = shareNumerators(shares);
  const sharedUnits = unitsOf(shared.times(sign), scale);
  const exact = numerators.map((n, i) => sharedUnits * n + unitsOf(own[i].times(sign), scale) * denominator);
  const target = unitsOf(Dec.sum(shared, ...own).times(sign), unit);
  const parts = largestRemainder(exact, powerOfTen(scale - unit) * denominator, target);
  return parts?.map((part) => fromUnits(sign < 0 ? -part : part, unit));
}
