import { amountDecimals, toNumber, type Dec } from "../decimal";
import { locate, OitError, type Where } from "../errors";
import { parseRequiredAmount } from "../input/parseRequiredAmount";
import { checkDecimals, decimalsRange } from "./checkDecimals";
import { decidedKey, percentOf } from "./decidedKey";
import { safeSplit } from "./safeSplit";
import { shareNumerators } from "./shareNumerators";
import { splitMagnitude } from "./splitMagnitude";
import { extraScale, numberDecimals, scaledMagnitude, unitsOf } from "./units";

/** How a part, a whole number of units (10^-decimals), becomes a result: a Dec, or a cell's number. */
export interface UnitsTo<T> {
  /** For a part below 2^53 units. */
  safe: (units: number, decimals: number) => T;
  exact: (units: bigint, decimals: number) => T;
}

const keyArgument: Where = { argument: "key" };
const amountArgument: Where = { argument: "amount" };

/**
 * allocator and cellAllocator without their result type (domain.md section 2): the key and the
 * decimals are checked once here, so splitting a column of amounts costs only the arithmetic.
 * Each amount's magnitude is split as given, not rounded first: the exact parts |A| × share_i,
 * truncated to the unit, then the units still missing to reach |A| rounded half away from zero go
 * to the largest remainders (ties to the party listed first); the sign is put back, so
 * allocate(-A) is exactly -allocate(A). An amount is taken at the decimals it has (a number's
 * shortest text; at most amountDecimals, decimal.ts), so a column in öre split to kronor stays on
 * numbers while magnitude × numerator stays below 2^53, and takes bigint beyond: the same parts.
 */
export function unitAllocator<T>(
  shares: readonly Dec[],
  decimals: number,
  to: UnitsTo<T>
): (amount: unknown, where?: Where) => T[] {
  const unit = checkDecimals(decimals, decimalsRange);
  const key = decidedKey(shares, keyArgument);
  const fraction = shareNumerators(key);
  const fast = safeSplit(fraction);
  const fromPlaces = Math.max(unit, 0);

  // 0 - part, not -part: a zero part of a negative amount must not become -0.
  const safeParts = (parts: readonly number[], negative: boolean): T[] => {
    const result = new Array<T>(parts.length);
    for (let i = 0; i < parts.length; i++) result[i] = to.safe(negative ? 0 - parts[i] : parts[i], unit);
    return result;
  };
  // Parts this large may pass what a cell holds (cellAllocator): the error then names the amount.
  const exactParts = (parts: readonly bigint[], negative: boolean, where: Where): T[] => {
    try {
      return parts.map((part) => to.exact(negative ? -part : part, unit));
    } catch (error) {
      throw locate(error, where);
    }
  };
  const inexact = (amount: Dec, where: Where) => {
    const sum = percentOf(key.reduce((total, share) => total.plus(share)));
    return new OitError("keyInexact", { sum, amount: toNumber(amount) }, where);
  };

  const splitDec = (amount: Dec, where: Where): T[] => {
    const scale = unit + extraScale(amount, unit);
    const magnitude = unitsOf(amount.abs(), scale);
    const extra = scale - unit;
    if (magnitude <= fast.limit(extra)) {
      const parts = fast.split(Number(magnitude), extra);
      if (parts) return safeParts(parts, amount.isNegative());
    } else {
      const parts = splitMagnitude(fraction, magnitude, extra);
      if (parts) return exactParts(parts, amount.isNegative(), where);
    }
    throw inexact(amount, where);
  };

  return (amount, where = amountArgument) => {
    if (typeof amount === "number" && fromPlaces <= amountDecimals && Number.isFinite(amount)) {
      const places = numberDecimals(amount, fromPlaces);
      const magnitude = places < 0 ? -1 : scaledMagnitude(amount, places);
      if (places >= 0 && magnitude <= fast.limit(places - unit)) {
        const parts = fast.split(magnitude, places - unit);
        if (parts) return safeParts(parts, amount < 0);
      }
    }
    return splitDec(parseRequiredAmount(amount, where), where);
  };
}
