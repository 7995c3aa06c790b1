/**
 * The largest-remainder (Hamilton) step shared by the key, allocate and costSplit, on exact
 * integers: part_i = floor(numerator_i / denominator), then the units still missing to reach
 * `target` go one by one to the largest remainders, ties to the part listed first.
 * Callers guarantee 0 <= target - Σ floor <= number of parts (it holds whenever target is
 * Σ numerator / denominator rounded), so no part moves more than one unit from its exact value.
 */
export function largestRemainder(numerators: readonly bigint[], denominator: bigint, target: bigint): bigint[] {
  const parts = numerators.map((numerator) => floorDiv(numerator, denominator));
  let missing = target;
  for (const part of parts) missing -= part;
  if (missing === 0n) return parts;
  const remainders = numerators.map((numerator, i) => numerator - parts[i] * denominator);
  for (const i of byLargestRemainder(remainders)) {
    if (missing === 0n) break;
    parts[i] += 1n;
    missing -= 1n;
  }
  return parts;
}

function floorDiv(numerator: bigint, denominator: bigint): bigint {
  const quotient = numerator / denominator;
  return numerator < 0n && quotient * denominator !== numerator ? quotient - 1n : quotient;
}

/** Indices by descending remainder; equal remainders keep the order in which parties are listed. */
function byLargestRemainder(remainders: readonly bigint[]): number[] {
  return remainders
    .map((_, i) => i)
    .sort((a, b) => (remainders[a] === remainders[b] ? a - b : remainders[a] > remainders[b] ? -1 : 1));
}
