import type { Figure } from "./figure";
import { sumRowsError, type SectionSums, type SumRows } from "./group";
import type { PartRounding } from "./part";

/** The committee's four section sums (revenue minuend, subtrahend; cost minuend, subtrahend), in the order PartRounding.ups counts them. */
const SUMS = 4;

type Range = { low: number[]; high: number[] };

function sumOf(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** Per part and section sum, the fewest and most ups its options take. */
function upBounds(options: readonly PartRounding[][]): { min: number[][]; max: number[][] } {
  const per = (pick: (values: number[]) => number) => options.map((part) => [0, 1, 2, 3].map((j) => pick(part.map((option) => option.ups[j]))));
  return { min: per((values) => Math.min(...values)), max: per((values) => Math.max(...values)) };
}

/**
 * The counts of ups (parts showing a section sum above its floor) for which each committee
 * section sum is less than `slack` + 1 units from exact: every rounding whose committee sum
 * rows are at most `slack` whole units off has its counts in this range.
 */
function countsWithin(sums: SumRows, floors: readonly bigint[], slack: number): Range {
  const [revenue, cost] = sums;
  const figures: Figure[] = [revenue.minuend, revenue.subtrahend, cost.minuend, cost.subtrahend];
  const below = figures.map((f, j) => Number(f.floor - floors[j]));
  return { low: below.map((b) => b - slack), high: below.map((b, j) => b + slack + figures[j].width) };
}

interface Layer {
  /** the least distance the parts after this layer's add: a state whose distance plus it passes the bound is left out */
  restCost: number;
  low: number[];
  size: number[];
  distance: Float64Array;
  /** the state of the layer before and the option of this layer's part that reached each state */
  from: Int32Array;
  option: Int32Array;
}

function layer(low: number[], high: number[], restCost: number): Layer | undefined {
  const size = low.map((l, j) => high[j] - l + 1);
  if (size.some((s) => s <= 0)) return undefined;
  const count = size.reduce((a, b) => a * b, 1);
  return { restCost, low, size, distance: new Float64Array(count).fill(Infinity), from: new Int32Array(count), option: new Int32Array(count) };
}

function countsOf(l: Layer, index: number): number[] {
  const counts = Array(SUMS).fill(0);
  for (let j = SUMS - 1, rest = index; j >= 0; j--) {
    counts[j] = l.low[j] + (rest % l.size[j]);
    rest = Math.floor(rest / l.size[j]);
  }
  return counts;
}

/**
 * The layers of states a search within `target` goes through: after p parts, the counts of ups
 * that can still end in the target, each state with the cheapest way to reach it.
 */
function searchLayers(options: readonly PartRounding[][], target: Range, bound: number): Layer[] | undefined {
  const { min, max } = upBounds(options);
  const cheapest = options.map((part) => Math.min(...part.map((option) => option.distance)));
  const layers: Layer[] = [];
  const done = { min: [0, 0, 0, 0], max: [0, 0, 0, 0] };
  const rest = { min: [0, 1, 2, 3].map((j) => sumOf(min.map((m) => m[j]))), max: [0, 1, 2, 3].map((j) => sumOf(max.map((m) => m[j]))) };
  for (let p = 0; p <= options.length; p++) {
    const low = done.min.map((d, j) => Math.max(d, target.low[j] - rest.max[j]));
    const high = done.max.map((d, j) => Math.min(d, target.high[j] - rest.min[j]));
    const next = layer(low, high, sumOf(cheapest.slice(p)));
    if (!next) return undefined;
    if (p === 0) next.distance[0] = 0;
    else advance(layers[p - 1], next, options[p - 1], bound);
    layers.push(next);
    if (p === options.length) break;
    for (let j = 0; j < SUMS; j++) {
      done.min[j] += min[p][j];
      done.max[j] += max[p][j];
      rest.min[j] -= min[p][j];
      rest.max[j] -= max[p][j];
    }
  }
  return layers;
}

/**
 * Every state of `from` extended by every option of the next part, keeping the cheapest way
 * into each state of `to` (the first on ties). The hot loop of the search: plain loops over
 * the four counts, no allocation per state.
 */
function advance(from: Layer, to: Layer, options: readonly PartRounding[], bound: number): void {
  const [f0, f1, f2, f3] = from.size;
  const [t0, t1, t2, t3] = to.size;
  const shift = from.low.map((low, j) => low - to.low[j]);
  const ups = options.map((option) => option.ups);
  const distances = options.map((option) => option.distance);
  let index = 0;
  for (let a = 0; a < f0; a++)
    for (let b = 0; b < f1; b++)
      for (let c = 0; c < f2; c++)
        for (let d = 0; d < f3; d++, index++) {
          const reached = from.distance[index];
          if (reached === Infinity) continue;
          for (let o = 0; o < ups.length; o++) {
            const [u0, u1, u2, u3] = ups[o];
            const k0 = a + shift[0] + u0;
            const k1 = b + shift[1] + u1;
            const k2 = c + shift[2] + u2;
            const k3 = d + shift[3] + u3;
            if (k0 < 0 || k0 >= t0 || k1 < 0 || k1 >= t1 || k2 < 0 || k2 >= t2 || k3 < 0 || k3 >= t3) continue;
            const target = ((k0 * t1 + k1) * t2 + k2) * t3 + k3;
            const distance = reached + distances[o];
            if (distance + to.restCost > bound) continue;
            if (distance < to.distance[target]) {
              to.distance[target] = distance;
              to.from[target] = index;
              to.option[target] = o;
            }
          }
        }
}

/** The picks that lead to a state of the last layer, part by part. */
function picksOf(layers: readonly Layer[], options: readonly PartRounding[][], index: number): PartRounding[] {
  const picks: PartRounding[] = [];
  for (let p = layers.length - 1; p > 0; p--) {
    picks.unshift(options[p - 1][layers[p].option[index]]);
    index = layers[p].from[index];
  }
  return picks;
}

/** The chosen rounding of every part, and how many whole units the committee's sum rows are then off (0: within 1). */
export interface CommitteeChoice {
  picks: PartRounding[];
  units: number;
  /** the distance from exact of every part figure and the committee's sum rows, in cost units */
  distance: number;
}

function bestWithin(options: readonly PartRounding[][], sums: SumRows, floors: readonly bigint[], target: Range, bound: number): CommitteeChoice | undefined {
  const layers = searchLayers(options, target, bound);
  if (!layers) return undefined;
  const last = layers[layers.length - 1];
  let best: { index: number; units: number; distance: number } | undefined;
  last.distance.forEach((reached, index) => {
    if (reached === Infinity) return;
    const counts = countsOf(last, index);
    const shown = floors.map((floor, j) => floor + BigInt(counts[j])) as unknown as SectionSums;
    const error = sumRowsError(sums, shown);
    const distance = reached + error.distance;
    if (!best || error.units < best.units || (error.units === best.units && distance < best.distance)) best = { index, units: error.units, distance };
  });
  return best && { picks: picksOf(layers, options, best.index), units: best.units, distance: best.distance };
}

/**
 * Margins over the cheapest conceivable distance (every part at its nearest rounding) within
 * which the within-1 search looks first, in cost units (1e9 = one unit of distance): the best
 * usually turns a few parts only, so few states are that cheap, and the search is exact
 * whenever what it finds lies within the margin. Then without one.
 */
const MARGINS = [1e9, 3e10, Infinity];

/** The least distance the committee's sum rows can have (each at its nearer admissible value): no choice does better. */
function nearestSumRows(sums: SumRows): number {
  return sumOf(sums.flatMap((row) => [row.minuend, row.subtrahend, row.difference]).map((f) => Math.min(f.lowDistance, f.width === 1 ? f.highDistance : Infinity)));
}

/**
 * One rounding per part such that the committee's sum rows (the sums of the parts') are
 * within 1 unit of exact whenever that is possible at all, else as few units off as possible;
 * among those, the nearest to exact over all figures. The committee's figures depend only on
 * how many parts show each section sum above its floor, so the search runs over those counts,
 * part by part, first only over the counts that keep the committee within 1 (few: the search
 * stays fast for dozens of parts), widening only when no rounding there exists. Ties go to the
 * first state and option found (deterministic).
 */
export function chooseForCommittee(options: readonly PartRounding[][], sums: SumRows): CommitteeChoice {
  const floors = [0, 1, 2, 3].map((j) => options.reduce((total, part) => total + part[0].shown[j] - BigInt(part[0].ups[j]), 0n));
  const cheapest = sumOf(options.map((part) => Math.min(...part.map((option) => option.distance))));
  const sumRowsAtBest = nearestSumRows(sums);
  const most = options.length;
  for (let slack = 0; ; slack++) {
    const target = countsWithin(sums, floors, slack);
    const everything = target.low.every((l) => l <= 0) && target.high.every((h) => h >= most);
    // A rounding within 1 is the best there is when no state left out by the bound (its parts
    // alone dearer than it) could end nearer, whatever its sum rows. Fewer units off than found may need any distance.
    for (const margin of slack === 0 ? MARGINS : [Infinity]) {
      const best = bestWithin(options, sums, floors, target, cheapest + margin);
      if (best && best.units === 0 && best.distance <= cheapest + margin + sumRowsAtBest) return best;
      // Never undefined once the range holds every count: every part table has a rounding
      // (Cox 1987: its rules form a network), and with no parts the empty choice is one.
      if (margin === Infinity && (everything || (best && best.units <= slack))) return best as CommitteeChoice;
    }
  }
}
