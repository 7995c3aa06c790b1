import { Dec } from "../decimal";
import { OitError, type Where } from "../errors";
import { percentDecimalsRange } from "./key";

/** How far from 100 % a key may sum and still be applied (domain.md section 2); beyond it, keySum. */
const tolerance = new Dec("1e-9");

/** The most decimals a decided key has as fractions: 10 percent decimals (domain.md section 1). */
const decidedDecimals = percentDecimalsRange.max + 2;

/**
 * How far a share cell may lie from the decided decimal it stands for and still be that decimal:
 * a formula's rounding error on a share (=1-B2 gives 0,5529999999999999 for 0,553) is a few units
 * of 2^-53, far below this; a key decided to 10 percent decimals differs in its 1e-12, far above it.
 */
const binaryNoise = new Dec("1e-14");

/**
 * The key as it is applied (domain.md section 2), never rescaled:
 * - shares that sum to exactly 1 are applied as given;
 * - shares that are the binary form of a decided key (those within `binaryNoise` of a decimal with
 *   at most 12 decimals taken as that decimal, and then summing to exactly 1) are applied as that
 *   key: the noise of a formula such as =1-B2 is not a decision;
 * - any other key within 1e-9 of 1 is applied as given, and an amount it cannot split within
 *   one unit of each exact part is an error then (keyInexact, see largestRemainder);
 * - beyond 1e-9, or with a share negative or not a number, the key is an error.
 */
export function decidedKey(shares: readonly Dec[], where?: Where): Dec[] {
  if (shares.length === 0) throw new OitError("keyEmpty", {}, where);
  shares.forEach((share, i) => validateShare(share, i, where));
  const sum = Dec.sum(...shares);
  if (sum.minus(1).abs().gt(tolerance)) throw new OitError("keySum", { sum: percentOf(sum) }, where);
  if (sum.eq(1)) return [...shares];
  const decided = shares.map(withoutBinaryNoise);
  return Dec.sum(...decided).eq(1) ? decided : [...shares];
}

/** The decided decimal a share cell stands for, when it is within binary noise of one; else the share as read. */
export function withoutBinaryNoise(share: Dec): Dec {
  const decided = share.toDecimalPlaces(decidedDecimals);
  return decided.minus(share).abs().lte(binaryNoise) ? decided : share;
}

/** A key's sum in percent, with every digit a number can show (99,99999995 %, not 100 %). */
export function percentOf(sum: Dec): number {
  return sum.times(100).toSignificantDigits(17).toNumber();
}

function validateShare(share: Dec, i: number, where: Where | undefined): void {
  if (!(share instanceof Dec) || !share.isFinite()) {
    throw new OitError("notFinite", { value: String(share) }, where);
  }
  if (share.lt(0)) throw new OitError("keyNegative", { position: i + 1, value: share.toNumber() }, where);
}
