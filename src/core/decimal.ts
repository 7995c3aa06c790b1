import Decimal from "decimal.js";

/**
 * The engine's private decimal type. A clone, so that no other code that loads
 * decimal.js can change our rounding or precision (and we never change theirs).
 * ROUND_HALF_UP rounds halves away from zero, as Excel's ROUND and Swedish practice.
 */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Dec = InstanceType<typeof Dec>;

/** Anything the engine accepts as an exact amount. */
export type DecLike = Dec | number | string;

export function dec(value: DecLike): Dec {
  return value instanceof Dec ? value : new Dec(value);
}

/** Back to a JavaScript number at the edge; -0 becomes 0 so Excel never shows "-0". */
export function toNumber(value: Dec): number {
  const n = value.toNumber();
  return n === 0 ? 0 : n;
}
