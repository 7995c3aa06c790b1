import { plusPair, sumRowFigures, sumRowsError, type HalfExact } from "./half";
import type { PartRounding } from "./part";
import type { Pair } from "./section";

interface Choice {
  revenue: Pair;
  cost: Pair;
  distance: number;
  picks: PartRounding[];
}

/**
 * Keeps, for every reachable pair of committee section sums, the cheapest choice of one
 * rounding per part: the committee's figures depend on nothing else, so this is exact.
 * With at most 5 parts a sum takes at most 6 values, so there are at most 6⁴ states.
 */
function reachableSums(options: readonly PartRounding[][]): Choice[] {
  let states = new Map<string, Choice>([["0,0,0,0", { revenue: [0, 0], cost: [0, 0], distance: 0, picks: [] }]]);
  for (const partOptions of options) {
    const next = new Map<string, Choice>();
    for (const state of states.values()) {
      for (const option of partOptions) {
        const revenue = plusPair(state.revenue, option.revenue.sum);
        const cost = plusPair(state.cost, option.cost.sum);
        const key = [...revenue, ...cost].join(",");
        const distance = state.distance + option.distance;
        const known = next.get(key);
        if (!known || distance < known.distance) next.set(key, { revenue, cost, distance, picks: [...state.picks, option] });
      }
    }
    states = next;
  }
  return [...states.values()];
}

/**
 * One rounding per part such that the committee's sum rows (the sums of the parts') are
 * within 1 unit of exact whenever that is possible at all, else as close as possible; among
 * those, the nearest to exact over all figures. Ties go to the first found (deterministic).
 */
export function chooseForCommittee(options: readonly PartRounding[][], sums: HalfExact["sums"]): PartRounding[] {
  const sumRows = sumRowFigures(sums);
  let best: { picks: PartRounding[]; units: number; distance: number } | undefined;
  for (const choice of reachableSums(options)) {
    const error = sumRowsError(sumRows, choice.revenue, choice.cost);
    const distance = choice.distance + error.distance;
    if (!best || error.units < best.units || (error.units === best.units && distance < best.distance)) {
      best = { picks: choice.picks, units: error.units, distance };
    }
  }
  // Never undefined: every part table has a rounding (Cox 1987: its rules form a network),
  // so some choice reaches the end, and with no parts the empty choice does.
  return (best as { picks: PartRounding[] }).picks;
}
