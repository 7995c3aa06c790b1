import { Dec, toNumber } from "../decimal";

/** An amount in kronor as the account shows it: to the krona, half away from zero. */
export function wholeKronor(amount: Dec): number {
  return toNumber(amount.toDecimalPlaces(0, Dec.ROUND_HALF_UP));
}

export function sumOf(amounts: readonly Dec[]): Dec {
  return amounts.reduce((total, amount) => total.plus(amount), new Dec(0));
}
