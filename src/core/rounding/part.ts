import { sumRowsError, type HalfFigures, type SectionSums } from "./half";
import { sectionRoundings, type SectionRounding, type TripleFigures } from "./section";

/** One admissible rounding of a part table's half: its two sections and the distance of all its figures. */
export interface PartRounding {
  revenue: SectionRounding;
  cost: SectionRounding;
  /** the displayed section sums */
  shown: SectionSums;
  /** the same, as offsets from their floors (0 or 1 each): what the committee's search counts */
  ups: readonly [number, number, number, number];
  distance: number;
}

function linesOf(half: HalfFigures, section: string): TripleFigures[] {
  return half.lines.filter((_, i) => half.sections[i] === section);
}

/**
 * Every way to round the part's half with all its figures within 1 unit of exact, one per
 * displayed pair of section sums (the cheapest), so that the committee can pick among them.
 */
export function partRoundings(half: HalfFigures): PartRounding[] {
  const [revenueSum, costSum] = half.sums;
  const costs = sectionRoundings(linesOf(half, "cost"), costSum);
  return sectionRoundings(linesOf(half, "revenue"), revenueSum).flatMap((revenue) =>
    costs.flatMap((cost) => {
      const ups = [revenue.sum[0], revenue.sum[1], cost.sum[0], cost.sum[1]] as const;
      const floors = [revenueSum.budget.floor, revenueSum.outcome.floor, costSum.budget.floor, costSum.outcome.floor];
      const shown = floors.map((floor, j) => floor + BigInt(ups[j])) as unknown as SectionSums;
      const error = sumRowsError(half.sums, shown);
      return error.units === 0 ? [{ revenue, cost, shown, ups, distance: revenue.distance + cost.distance + error.distance }] : [];
    })
  );
}
