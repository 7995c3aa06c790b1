/**
 * The largest-remainder (Hamilton) step shared by the key, allocate and costSplit, on exact
 * integers: part_i = floor(numerator_i / denominator), then the units still missing to reach
 * `target` go one by one to the largest remainders, ties to the part listed first.
 *
 * Every part then lies strictly within one unit of its exact value numerator_i / denominator
 * exactly when 0 <= missing <= the number of parts with a remainder: a part without one can
 * take no unit. That always holds when the exact parts sum to within half a unit of the target
 * (a key summing to exactly 1); a key only within 1e-9 of 1 can break it on a large amount, and
 * then there is no such split at all: undefined, for the caller to say so.
 * Written as plain loops: allocate runs this once per amount, for columns of 100 000 amounts.
 */
export function largestRemainder(
  numerators: readonly bigint[],
  denominator: bigint,
  target: bigint
): bigint[] | undefined {
  const count = numerators.length;
  const parts = new Array<bigint>(count);
  const remainders = new Array<bigint>(count);
  let missing = target;
  let withRemainder = 0;
  for (let i = 0; i < count; i++) {
    const remainder = numerators[i] % denominator;
    // bigint division truncates toward zero; a negative numerator (costSplit) needs the floor.
    const negative = remainder < 0n;
    parts[i] = numerators[i] / denominator - (negative ? 1n : 0n);
    remainders[i] = negative ? remainder + denominator : remainder;
    if (remainders[i] > 0n) withRemainder++;
    missing -= parts[i];
  }
  if (missing < 0n || missing > BigInt(withRemainder)) return undefined;
  for (const i of largestRemainders(remainders, Number(missing), -1n)) parts[i] += 1n;
  return parts;
}

/** Up to this many missing units, finding each largest remainder by a scan beats sorting them all. */
const scanLimit = 16;

/**
 * The indices of the `count` largest remainders, the first listed on ties, each once. A few
 * units (allocate: at most one per party) are found by scanning, marking each `taken` (below
 * any remainder); many (a key over 100 000 users has up to that many) by one sort, so the
 * step stays n log n instead of count × n.
 */
export function largestRemainders<T extends bigint | number>(remainders: T[], count: number, taken: T): number[] {
  const indices: number[] = [];
  if (count <= scanLimit) {
    for (let unit = 0; unit < count; unit++) indices.push(takeLargest(remainders, taken));
    return indices;
  }
  if (typeof remainders[0] === "number") return aboveThreshold(remainders as number[], count);
  const order = remainders.map((_, i) => i);
  order.sort((a, b) => (remainders[a] > remainders[b] ? -1 : remainders[a] < remainders[b] ? 1 : a - b));
  return order.slice(0, count);
}

/**
 * The `count` largest of remainders that are whole numbers below 2^53 (exact in a float), ties
 * to the first listed: the count-th largest value is found by the typed array's native sort, then
 * every remainder above it and the first ones equal to it are taken, in the parties' order.
 */
function aboveThreshold(remainders: readonly number[], count: number): number[] {
  const sorted = Float64Array.from(remainders).sort();
  const threshold = sorted[sorted.length - count];
  let ties = count - (sorted.length - upperBound(sorted, threshold));
  const indices: number[] = [];
  for (let i = 0; i < remainders.length; i++) {
    if (remainders[i] > threshold) indices.push(i);
    else if (remainders[i] === threshold && ties > 0) {
      indices.push(i);
      ties--;
    }
  }
  return indices;
}

/** The index of the first value above `value` in an ascending array. */
function upperBound(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle] <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Index of the largest remainder, the first listed on ties; marks it `taken` (below any remainder). */
function takeLargest<T extends bigint | number>(remainders: T[], taken: T): number {
  let best = 0;
  for (let i = 1; i < remainders.length; i++) if (remainders[i] > remainders[best]) best = i;
  remainders[best] = taken;
  return best;
}
