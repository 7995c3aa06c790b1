import type { Dec } from "../decimal";
import { OitError, type Where } from "../errors";
import { parseUserCount } from "../input/parseUserCount";
import { checkDecimals } from "./checkDecimals";
import { splitMagnitude } from "./splitMagnitude";
import { fromUnits, powerOfTen } from "./units";

/** Percent decimals a key may be published with, and the one boards decide (44,7 %). */
export const percentDecimalsRange = { min: 0, max: 10 } as const;
export const defaultPercentDecimals = 1;

/**
 * The distribution key (domain.md section 1): share_i = users_i / Σ users, published rounded
 * to `percentDecimals` percent decimals by largest remainder, so the shares sum to exactly 1
 * (ties go to the party listed first). The counts may be raw cells (read as parseUserCount
 * reads them); `whereOf(i)` names the cell of users[i] in messages.
 */
export function key(
  users: readonly unknown[],
  percentDecimals = defaultPercentDecimals,
  whereOf: (i: number) => Where = (i) => ({ argument: "users", row: i + 1 })
): Dec[] {
  const decimals = checkDecimals(percentDecimals, percentDecimalsRange) + 2;
  const counts = users.map((count, i) => BigInt(parseUserCount(count, whereOf(i))));
  const total = counts.reduce((sum, count) => sum + count, 0n);
  if (total === 0n) throw new OitError("usersZeroTotal", {}, { argument: "users" });
  const whole = powerOfTen(decimals);
  return splitMagnitude({ numerators: counts, total }, whole).map((part) =>
    fromUnits(part, decimals)
  );
}
