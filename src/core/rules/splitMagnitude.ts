import { largestRemainder } from "./largestRemainder";
import type { KeyFraction } from "./shareNumerators";

/**
 * The parts of a whole number of units `magnitude` (>= 0) by exact integer weights: largest remainder
 * of magnitude × numerator_i / total, ties to the party listed first. Exact at any size; safeSplit
 * gives the same parts on numbers while they stay below 2^53.
 */
export function splitMagnitude({ numerators, total }: KeyFraction, magnitude: bigint): bigint[] {
  return largestRemainder(
    numerators.map((numerator) => numerator * magnitude),
    total,
    magnitude
  );
}
