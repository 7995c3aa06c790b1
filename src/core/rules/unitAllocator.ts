import type { Dec } from "../decimal";
import type { Where } from "../errors";
import { parseRequiredAmount } from "../input/parseRequiredAmount";
import { checkDecimals, decimalsRange } from "./checkDecimals";
import { safeSplit } from "./safeSplit";
import { shareNumerators } from "./shareNumerators";
import { splitMagnitude } from "./splitMagnitude";
import { numberUnits, safeNumberUnits, unitsOf } from "./units";
import { validateKey } from "./validateKey";

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
 * Each amount is rounded to the unit, its magnitude split by largest remainder (ties to the
 * party listed first) and the sign put back, so allocate(-A) is exactly -allocate(A).
 * Amounts up to safeSplit's limit (about 2^53 / the key's largest numerator units) are split on
 * numbers, larger ones on bigint: the same parts either way.
 */
export function unitAllocator<T>(
  shares: readonly Dec[],
  decimals: number,
  to: UnitsTo<T>
): (amount: unknown, where?: Where) => T[] {
  const unit = checkDecimals(decimals, decimalsRange);
  validateKey(shares, keyArgument);
  const fraction = shareNumerators(shares);
  const fast = safeSplit(fraction);

  const splitSafe = (units: number): T[] => {
    const parts = fast.split(Math.abs(units));
    const result = new Array<T>(parts.length);
    // 0 - part, not -part: a zero part of a negative amount must not become -0.
    for (let i = 0; i < parts.length; i++) result[i] = to.safe(units < 0 ? 0 - parts[i] : parts[i], unit);
    return result;
  };

  const splitExact = (units: bigint): T[] => {
    const magnitude = units < 0n ? -units : units;
    if (magnitude <= fast.limit) return splitSafe(Number(units));
    return splitMagnitude(fraction, magnitude).map((part) => to.exact(units < 0n ? -part : part, unit));
  };

  return (amount, where = amountArgument) => {
    if (typeof amount === "number") {
      const units = safeNumberUnits(amount, unit);
      if (units !== undefined && Math.abs(units) <= fast.limit) return splitSafe(units);
      const exact = Number.isFinite(amount) ? numberUnits(amount, unit) : undefined;
      if (exact !== undefined) return splitExact(exact);
    }
    return splitExact(unitsOf(parseRequiredAmount(amount, where), unit));
  };
}
