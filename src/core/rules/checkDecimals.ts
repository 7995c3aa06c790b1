import { parseWholeNumber } from "../input/parseWholeNumber";

/** Units the rules round to: 10^-decimals, so -3 is whole thousands (as Excel's ROUND). */
export const decimalsRange = { min: -15, max: 15 } as const;

/** A rule's decimals argument, checked once: a whole number in range, else decimalsRange error. */
export function checkDecimals(decimals: number, range: { min: number; max: number }): number {
  return parseWholeNumber(decimals, range, "decimalsRange", { argument: "decimals" });
}
