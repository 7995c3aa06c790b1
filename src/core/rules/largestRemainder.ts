/**
 * The largest-remainder (Hamilton) step shared by the key, allocate and costSplit, on exact
 * integers: part_i = floor(numerator_i / denominator), then the units still missing to reach
 * `target` go one by one to the largest remainders, ties to the part listed first.
 * Callers guarantee 0 <= target - Σ floor <= number of parts (it holds whenever target is
 * Σ numerator / denominator rounded), so no part moves more than one unit from its exact value.
 * Written as plain loops: allocate runs this once per amount, for columns of 100 000 amounts.
 */
export function largestRemainder(numerators: readonly bigint[], denominator: bigint, target: bigint): bigint[] {
  const count = numerators.length;
  const parts = new Array<bigint>(count);
  const remainders = new Array<bigint>(count);
  let missing = target;
  for (let i = 0; i < count; i++) {
    const remainder = numerators[i] % denominator;
    // bigint division truncates toward zero; a negative numerator (costSplit) needs the floor.
    const negative = remainder < 0n;
    parts[i] = numerators[i] / denominator - (negative ? 1n : 0n);
    remainders[i] = negative ? remainder + denominator : remainder;
    missing -= parts[i];
  }
  for (; missing > 0n; missing--) parts[takeLargest(remainders, -1n)] += 1n;
  return parts;
}

/** Index of the largest remainder, the first listed on ties; marks it `taken` (below any remainder). */
export function takeLargest<T extends bigint | number>(remainders: T[], taken: T): number {
  let best = 0;
  for (let i = 1; i < remainders.length; i++) if (remainders[i] > remainders[best]) best = i;
  remainders[best] = taken;
  return best;
}
