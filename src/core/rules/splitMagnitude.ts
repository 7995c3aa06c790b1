import { largestRemainder } from "./largestRemainder";
import type { KeyFraction } from "./shareNumerators";
import { powerOfTen } from "./units";

/**
 * The parts, in units, of an amount `magnitude` × 10^-extra units (>= 0; extra >= 0 are the
 * amount's decimals beyond the unit) by a key (domain.md section 2): largest remainder of the
 * exact parts magnitude × share_i, to the amount rounded half away from zero, ties to the party
 * listed first. Exact at any size; safeSplit gives the same parts on numbers below 2^53.
 * Undefined when no split within one unit of each exact part reaches the total (largestRemainder).
 */
export function splitMagnitude({ numerators, denominator }: KeyFraction, magnitude: bigint, extra = 0): bigint[] | undefined {
  const scale = powerOfTen(extra);
  const target = (2n * magnitude + scale) / (2n * scale);
  return largestRemainder(
    numerators.map((numerator) => numerator * magnitude),
    denominator * scale,
    target
  );
}
