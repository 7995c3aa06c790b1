import Decimal from "decimal.js";
import { OitError } from "./errors";

/**
 * The precision the engine keeps, in the domain's terms (README, "Precision"):
 *
 * - an amount is read to `amountDecimals` decimals of the unit it is given in (1e-10 kr in a ledger
 *   in kronor), rounded half away from zero: what lies below is the binary noise of Excel's numbers
 *   (0,1 + 0,2 is 0,30000000000000004 in a cell), never money;
 * - from there every sum, difference, product and split is exact, for any amount a cell can hold:
 *   Excel's largest number has 309 digits, so `exactDigits` significant digits hold it with its ten
 *   decimals, sums of millions of such amounts, and a period budget's `quotientDecimals`;
 * - the one thing that cannot be exact is a quotient (a period budget's m/12, a deviation in
 *   percent): a period budget is kept to `quotientDecimals` decimals, so rounding it to a unit
 *   decides as the exact quotient would (a linear one lies at least 1e-10/12 from any half).
 *
 * The 40 digits this clone had before lost the ten decimals of amounts beyond 1e30, and values
 * below 1e-30 beside a large one: COSTSPLIT then put some sums on the wrong side of a half.
 */
export const amountDecimals = 10;
export const quotientDecimals = 20;
const exactDigits = 400;

/**
 * The engine's private decimal type. A clone, so that no other code that loads
 * decimal.js can change our rounding or precision (and we never change theirs).
 * ROUND_HALF_UP rounds halves away from zero, as Excel's ROUND and Swedish practice.
 */
export const Dec = Decimal.clone({ precision: exactDigits, rounding: Decimal.ROUND_HALF_UP });
export type Dec = InstanceType<typeof Dec>;

/** Anything the engine accepts as an exact amount. */
export type DecLike = Dec | number | string;

export function dec(value: DecLike): Dec {
  return value instanceof Dec ? value : new Dec(value);
}

/** An amount at the engine's precision: `amountDecimals` decimals, half away from zero. */
export function toAmount(value: Dec): Dec {
  return value.decimalPlaces() > amountDecimals ? value.toDecimalPlaces(amountDecimals) : value;
}

/**
 * Back to a JavaScript number at the edge; -0 becomes 0 so Excel never shows "-0". A result
 * beyond the largest number a cell can hold (about ±1,8e308) is an error (callers add the place
 * with locate), never ±Infinity: Excel would show #NUM! without a word, JSON would write null.
 */
export function toNumber(value: Dec): number {
  const n = value.toNumber();
  if (!Number.isFinite(n)) throw new OitError("resultTooLarge", { value: value.toSignificantDigits(6).toString() });
  return n === 0 ? 0 : n;
}
