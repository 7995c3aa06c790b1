import { dec, type Dec } from "../decimal";
import { withoutBinaryNoise } from "./decidedKey";

/**
 * workbook.md: a decided share (Andel) differs from the users when it is more than half a unit of its last
 * decimal away from their exact share — 44,7 % accepts 44,65 %…44,75 %. A cell holds 45,0 % as 0.45, so the
 * last decimal is at least the key's published one (`percentDecimals`, Nyckelns decimaler): 45,0 % accepts
 * only 44,95 %…45,05 %, not 44,5 %…45,5 %. A formula's binary noise (0,5529999999999999 for 0,553) is no decimal.
 */
export function shareDiffers(cell: Dec, exact: Dec, percentDecimals: number): boolean {
  const decided = withoutBinaryNoise(cell);
  const lastDecimal = Math.max(decided.decimalPlaces(), percentDecimals + 2);
  const halfUnit = dec(5).times(dec(10).pow(-(lastDecimal + 1)));
  return decided.minus(exact).abs().greaterThan(halfUnit);
}
