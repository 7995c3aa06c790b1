import type { Dec, DecLike } from "../decimal";
import type { Where } from "../errors";
import { parseRequiredAmount } from "../input/parseRequiredAmount";
import { checkDecimals, decimalsRange } from "./checkDecimals";
import { largestRemainder } from "./largestRemainder";
import { shareNumerators } from "./shareNumerators";
import { fromUnits, numberUnits, unitsOf } from "./units";
import { validateKey } from "./validateKey";

export type Allocation = (amount: DecLike, where?: Where) => Dec[];

/**
 * Allocation by one key to one unit, for many amounts (domain.md section 2): the key and the
 * decimals are checked once here, so splitting a column of amounts costs only the arithmetic.
 * Each amount is rounded to the unit, its magnitude split by largest remainder (ties to the
 * party listed first) and the sign put back, so allocate(-A) is exactly -allocate(A).
 */
export function allocator(shares: readonly Dec[], decimals = 0, keyWhere: Where = { argument: "key" }): Allocation {
  const unit = checkDecimals(decimals, decimalsRange);
  validateKey(shares, keyWhere);
  const { numerators, total } = shareNumerators(shares);
  return (amount, where = { argument: "amount" }) => {
    const units =
      (typeof amount === "number" && Number.isFinite(amount) ? numberUnits(amount, unit) : undefined) ??
      unitsOf(parseRequiredAmount(amount, where), unit);
    const magnitude = units < 0n ? -units : units;
    const parts = largestRemainder(
      numerators.map((numerator) => numerator * magnitude),
      total,
      magnitude
    );
    return parts.map((part) => fromUnits(units < 0n ? -part : part, unit));
  };
}
