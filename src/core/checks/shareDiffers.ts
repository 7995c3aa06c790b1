import { dec, type Dec } from "../decimal";

/**
 * workbook.md: a decided share (Andel) differs from the users when it is more than half a unit
 * of its own last decimal away from their exact share — 44,7 % accepts 44,65 %…44,75 %.
 */
export function shareDiffers(decided: Dec, exact: Dec): boolean {
  const halfUnit = dec(5).times(dec(10).pow(-(decided.decimalPlaces() + 1)));
  return decided.minus(exact).abs().greaterThan(halfUnit);
}
