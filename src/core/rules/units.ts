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

/** 10^0 … 10^15 as numbers, each exact (read from its decimal text, not computed by Math.pow). */
const exactPowers = Array.from({ length: 16 }, (_, exponent) => Number(`1e${exponent}`));

/**
 * Up to this many units, value × 10^decimals computed in floating point is within 2^-52 of
 * its size, under 2^-8 units, of the exact decimal value × 10^decimals (2^-53 from the one
 * rounding of the product, 2^-53 as the value's shortest text lies within half a float step).
 */
const scaledLimit = 2 ** 44;

/** Scaled values this close to a half unit (twice that error) are decided on the decimal text instead. */
const halfMargin = 2 ** -7;

/**
 * numberUnits as a JavaScript number, without building text: the float product decides the
 * rounding whenever it is far enough from a half unit that its error cannot cross it (see
 * scaledLimit). Undefined otherwise (a half such as 12.5, or beyond 2^44 units): the caller
 * then takes numberUnits. Equals unitsOf(new Dec(value), decimals) whenever it is defined.
 */
export function safeNumberUnits(value: number, decimals: number): number | undefined {
  const magnitude = Math.abs(value);
  const scaled = decimals >= 0 ? magnitude * exactPowers[decimals] : magnitude / exactPowers[-decimals];
  if (!(scaled < scaledLimit)) return undefined;
  const whole = Math.floor(scaled);
  const fraction = scaled - whole;
  if (fraction > 0.5 - halfMargin && fraction < 0.5 + halfMargin) return undefined;
  const units = fraction > 0.5 ? whole + 1 : whole;
  // 0 - units, not -units: a negative amount that rounds to 0 units must not become -0.
  return value < 0 ? 0 - units : units;
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

/** Any number of units as the nearest number to its exact value (JavaScript reads decimal text correctly rounded). */
export function unitsToNumber(units: bigint, decimals: number): number {
  return Number(`${units}e${-decimals}`);
}
