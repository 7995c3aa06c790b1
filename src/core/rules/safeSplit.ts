import { largestRemainders } from "./largestRemainder";
import type { KeyFraction } from "./shareNumerators";
import { exactPowers } from "./units";

/** allocate's Hamilton step on JavaScript numbers, for magnitudes up to a limit. */
export interface SafeSplit {
  /** The largest magnitude split exactly with `extra` decimals beyond the unit; -1 for none. */
  limit: (extra: number) => number;
  /**
   * The parts of magnitude × 10^-extra units (magnitude 0..limit(extra)) by largest remainder of
   * the exact parts, to the amount rounded half away from zero, ties to the party listed first:
   * the same parts as splitMagnitude on bigint, undefined where it is. The array is reused by the next call.
   */
  split: (magnitude: number, extra: number) => readonly number[] | undefined;
}

/**
 * Integers below 2^53 are exact in a JavaScript number, so while magnitude × numerator plus the
 * denominator stays below it (the limit), the Hamilton step can run on numbers: integer
 * arithmetic, not floats for money, and several times cheaper than bigint. Math.floor of the
 * float quotient is the exact one: with p = magnitude × numerator, d the denominator and
 * k = floor(p / d), the float quotient is at least k (k is a number and rounding is monotone)
 * and below k + 1, as p / d lies at least 1 / d below k + 1, more than half the spacing of
 * numbers there (at most (k + 1) × 2^-53), since (k + 1) × d <= p + d < 2^53. So p - k × d is
 * exact too. The key is fixed, so the scratch arrays are allocated once, not per amount.
 */
export function safeSplit({ numerators, denominator }: KeyFraction): SafeSplit {
  const largest = numerators.reduce((max, n) => (n > max ? n : max), 0n);
  const weights = numerators.map(Number);
  const limits = exactPowers.map((power) => {
    const scaled = denominator * BigInt(power);
    const room = BigInt(Number.MAX_SAFE_INTEGER) - scaled;
    return room < 0n || largest === 0n ? -1 : Number(room / largest);
  });
  const denominators = exactPowers.map((power) => Number(denominator) * power);
  const parts = new Array<number>(weights.length).fill(0);
  const remainders = new Array<number>(weights.length).fill(0);

  const split = (magnitude: number, extra: number): readonly number[] | undefined => {
    const d = denominators[extra];
    const scale = exactPowers[extra];
    const whole = Math.floor(magnitude / scale);
    let missing = magnitude - whole * scale >= scale / 2 ? whole + 1 : whole;
    let withRemainder = 0;
    for (let i = 0; i < weights.length; i++) {
      const product = magnitude * weights[i];
      const quotient = Math.floor(product / d);
      parts[i] = quotient;
      remainders[i] = product - quotient * d;
      if (remainders[i] > 0) withRemainder++;
      missing -= quotient;
    }
    if (missing < 0 || missing > withRemainder) return undefined;
    for (const i of largestRemainders(remainders, missing, -1)) parts[i] += 1;
    return parts;
  };
  return { limit: (extra) => (extra < limits.length ? limits[extra] : -1), split };
}
