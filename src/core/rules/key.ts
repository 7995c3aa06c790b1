import type { Dec } from "../decimal";
import { OitError, type Where } from "../errors";
import { parseUserCount } from "../input/parseUserCount";
import { checkDecimals } from "./checkDecimals";
import { safeSplit } from "./safeSplit";
import { splitMagnitude } from "./splitMagnitude";
import { fromSafeUnits, powerOfTen, safeUnitsToNumber } from "./units";

/** Percent decimals a key may be published with, and the one boards decide (44,7 %). */
export const percentDecimalsRange = { min: 0, max: 10 } as const;
export const defaultPercentDecimals = 1;

type WhereOf = (i: number) => Where;
const usersArgument: WhereOf = (i) => ({ argument: "users", row: i + 1 });

/**
 * The distribution key (domain.md section 1): share_i = users_i / Σ users, published rounded
 * to `percentDecimals` percent decimals by largest remainder, so the shares sum to exactly 1
 * (ties go to the party listed first). The counts may be raw cells (read as parseUserCount
 * reads them); `whereOf(i)` names the cell of users[i] in messages.
 */
export function key(users: readonly unknown[], percentDecimals = defaultPercentDecimals, whereOf = usersArgument): Dec[] {
  const { units, decimals } = keyUnits(users, percentDecimals, whereOf);
  return units.map((part) => fromSafeUnits(part, decimals));
}

/** key for a custom function, whose cells take numbers: each share as the number nearest to it. */
export function cellKey(users: readonly unknown[], percentDecimals = defaultPercentDecimals, whereOf = usersArgument): number[] {
  const { units, decimals } = keyUnits(users, percentDecimals, whereOf);
  return units.map((part) => safeUnitsToNumber(part, decimals));
}

/**
 * The shares as whole numbers of 10^-decimals (at most 10^12, so numbers are exact). A key over
 * many users (a column of 100 000) is split on numbers while the products stay below 2^53, else
 * on bigint: the same parts.
 */
function keyUnits(users: readonly unknown[], percentDecimals: number, whereOf: WhereOf): { units: number[]; decimals: number } {
  const decimals = checkDecimals(percentDecimals, percentDecimalsRange) + 2;
  const counts = users.map((count, i) => BigInt(parseUserCount(count, whereOf(i))));
  const total = counts.reduce((sum, count) => sum + count, 0n);
  if (total === 0n) throw new OitError("usersZeroTotal", {}, { argument: "users" });
  const fraction = { numerators: counts, denominator: total };
  const whole = powerOfTen(decimals);
  const fast = safeSplit(fraction);
  // The exact shares count_i / total sum to exactly 1, so the split always exists.
  const parts = whole <= fast.limit(0) ? fast.split(Number(whole), 0) : splitMagnitude(fraction, whole)?.map(Number);
  return { units: [...(parts as readonly number[])], decimals };
}
