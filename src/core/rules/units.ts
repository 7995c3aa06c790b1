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

/** A number of units (10^-decimals) back as a Dec. */
export function fromUnits(units: bigint, decimals: number): Dec {
  return new Dec(`${units}e${-decimals}`);
}
