import { takeLargest } from "./largestRemainder";
import type { KeyFraction } from "./shareNumerators";

/** allocate's Hamilton step on JavaScript numbers, for magnitudes up to `limit`. */
export interface SafeSplit {
  /** The largest magnitude split exactly; -1 when the key's integers are too large for any. */
  limit: number;
  /**
   * The parts of `magnitude` (0..limit) by largest remainder, ties to the party listed first:
   * the same parts as splitMagnitude on bigint. The array is reused by the next call.
   */
  split: (magnitude: number) => readonly number[];
}

/**
 * Integers below 2^53 are exact in a JavaScript number, so while magnitude × numerator + total
 * stays below it (the limit), the Hamilton step can run on numbers: integer arithmetic, not
 * floats for money, and several times cheaper than bigint. Math.floor of the float quotient is
 * the exact one: with p = magnitude × numerator and k = floor(p / total), the float quotient is
 * at least k (k is a number and rounding is monotone) and below k + 1, as p / total lies at
 * least 1 / total below k + 1, more than half the spacing of numbers there (at most
 * (k + 1) × 2^-53), since (k + 1) × total <= p + total < 2^53. So p - k × total is exact too.
 * The key is fixed, so the scratch arrays are allocated once, not per amount.
 */
export function safeSplit({ numerators, total }: KeyFraction): SafeSplit {
  const largest = numerators.reduce((max, n) => (n > max ? n : max), 0n);
  const room = BigInt(Number.MAX_SAFE_INTEGER) - total;
  const limit = room < 0n || largest === 0n ? -1 : Number(room / largest);
  const weights = numerators.map(Number);
  const denominator = Number(total);
  const parts = new Array<number>(weights.length).fill(0);
  const remainders = new Array<number>(weights.length).fill(0);
  const split = (magnitude: number): readonly number[] => {
    let missing = magnitude;
    for (let i = 0; i < weights.length; i++) {
      const product = magnitude * weights[i];
      const quotient = Math.floor(product / denominator);
      parts[i] = quotient;
      remainders[i] = product - quotient * denominator;
      missing -= quotient;
    }
    for (; missing > 0; missing--) parts[takeLargest(remainders, -1)] += 1;
    return parts;
  };
  return { limit, split };
}

