import { Dec } from "../decimal";

/**
 * Exact bridges between Dec and whole numbers of a unit (10^-decimals), so the Hamilton step
 * runs on bigint: exact at any size, and far cheaper than Decimal per amount.
 */

/** 10^exponent as bigint (exponent >= 0). */
export function powerOfTen(exponent: number): bigint {
  return 10n ** BigInt(exponent);
}

/**
 * value in units of 10^-decimals, rounded half away from zero (Excel's ROUND); exact when
 * decimals covers all of value's decimal places (see extraScale).
 */
export function unitsOf(value: Dec, decimals: number): bigint {
  return BigInt(value.times(`1e${decimals}`).toFixed(0));
}

/** Decimal places beyond the unit that value needs, so unitsOf(value, decimals + extra) is exact. */
export function extraScale(value: Dec, decimals: number): number {
  return Math.max(0, value.decimalPlaces() - decimals);
}

/**
 * A finite JavaScript number in units of 10^-decimals, rounded half away from zero, read from
 * the same shortest decimal text that Dec reads (so 1.005 is 1.005, not 1.00499…): the result
 * equals unitsOf(new Dec(value), decimals) without building a Dec for every amount. Undefined
 * for numbers written with an exponent (below 1e-6 or from 1e21), which take the Dec path.
 */
export function numberUnits(value: number, decimals: number): bigint | undefined {
  const text = String(value < 0 ? -value : value);
  if (text.includes("e")) return undefined;
  const point = text.indexOf(".");
  const digits = point < 0 ? text : text.slice(0, point) + text.slice(point + 1);
  const kept = (point < 0 ? text.length : point) + decimals;
  const magnitude =
    kept >= digits.length
      ? BigInt(digits + "0".repeat(kept - digits.length))
      : BigInt(digits.slice(0, Math.max(kept, 0)) || "0") + (kept >= 0 && digits[kept] >= "5" ? 1n : 0n);
  return value < 0 ? -magnitude : magnitude;
}

/** A number of units (10^-decimals) back as a Dec; whole kronor below 10^7 take Dec's fast integer path. */
export function fromUnits(units: bigint, decimals: number): Dec {
  if (decimals === 0 && units < 10_000_000n && units > -10_000_000n) return new Dec(Number(units));
  return new Dec(`${units}e${-decimals}`);
}
