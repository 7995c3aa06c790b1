import { amountDecimals, Dec } from "../decimal";
import { OitError } from "../errors";

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

/** 10^0 … 10^15 as numbers, each exact (read from its decimal text, not computed by Math.pow). */
export const exactPowers = Array.from({ length: 16 }, (_, exponent) => Number(`1e${exponent}`));

/** Below this, numbers are spaced less than a quarter of 10^-decimals apart (see numberDecimals). */
const scaledLimit = 2 ** 50;

/**
 * The decimals of a finite number as Dec reads it (its shortest decimal text), counted from
 * `from` (0..amountDecimals): the least d >= from with value = m × 10^-d for a whole m, so that
 * Math.round(|value| × 10^d) is m exactly; -1 when it has more than amountDecimals decimals or
 * |value| × 10^d reaches 2^50 (the caller then reads it as a Dec). Decided without building text:
 * m / 10^d is correctly rounded, so it equals value exactly when the decimal m × 10^-d rounds
 * to value, and below 2^50 no other decimal with d decimals does, so it is the shortest text.
 */
export function numberDecimals(value: number, from: number): number {
  const magnitude = Math.abs(value);
  for (let d = from; d <= amountDecimals; d++) {
    const scaled = magnitude * exactPowers[d];
    if (!(scaled < scaledLimit)) return -1;
    if (Math.round(scaled) / exactPowers[d] === magnitude) return d;
  }
  return -1;
}

/** |value| × 10^decimals as a whole number, for the decimals numberDecimals found. */
export function scaledMagnitude(value: number, decimals: number): number {
  return Math.round(Math.abs(value) * exactPowers[decimals]);
}

/** A number of units (10^-decimals) back as a Dec; whole kronor below 10^7 take Dec's fast integer path. */
export function fromUnits(units: bigint, decimals: number): Dec {
  if (decimals === 0 && units < 10_000_000n && units > -10_000_000n) return new Dec(Number(units));
  return new Dec(`${units}e${-decimals}`);
}

/**
 * fromUnits for a safe integer number of units: a whole result (decimals <= 0) is an exact
 * integer below 2^53, read by Dec directly instead of through a text with an exponent.
 */
export function fromSafeUnits(units: number, decimals: number): Dec {
  if (decimals === 0) return new Dec(units);
  if (decimals < 0) {
    const whole = units * exactPowers[-decimals];
    if (Number.isSafeInteger(whole)) return new Dec(whole);
  }
  return new Dec(`${units}e${-decimals}`);
}

/**
 * A safe integer number of units as the nearest number to its exact value: multiplying or
 * dividing two exact numbers rounds once, correctly, as reading the exact decimal text would.
 */
export function safeUnitsToNumber(units: number, decimals: number): number {
  return decimals >= 0 ? units / exactPowers[decimals] : units * exactPowers[-decimals];
}

/**
 * Any number of units as the nearest number to its exact value (JavaScript reads decimal text
 * correctly rounded); beyond the largest number a cell holds, an error rather than ±Infinity.
 */
export function unitsToNumber(units: bigint, decimals: number): number {
  const value = Number(`${units}e${-decimals}`);
  if (!Number.isFinite(value)) throw new OitError("resultTooLarge", { value: fromUnits(units, decimals).toSignificantDigits(6).toString() });
  return value;
}
