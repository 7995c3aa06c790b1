import { sumRowsError, type GroupFigures, type SectionSums } from "./group";
import { sectionRoundings, type SectionRounding, type TripleFigures } from "./section";

/** One admissible rounding of a part table's column group: its two sections and the distance of all its figures. */
export interface PartRounding {
  revenue: SectionRounding;
  cost: SectionRounding;
  /** the displayed section sums */
  shown: SectionSums;
  /** the same, as offsets from their floors (0 or 1 each): what the committee's search counts */
  ups: readonly [number, number, number, number];
  distance: number;
}

function linesOf(group: GroupFigures, section: string): TripleFigures[] {
  return group.lines.filter((_, i) => group.sections[i] === section);
}

/**
 * Every way to round the part's group with all its figures within 1 unit of exact, one per displayed pair of
 * section sums (the cheapest), so that the committee can pick among them. Kept figures shown 1 or more from
 * exact may leave none within 1: then those the fewest units off.
 */
export function partRoundings(group: GroupFigures): PartRounding[] {
  const [revenueSum, costSum] = group.sums;
  const costs = sectionRoundings(linesOf(group, "cost"), costSum);
  const floors = [revenueSum.minuend.floor, revenueSum.subtrahend.floor, costSum.minuend.floor, costSum.subtrahend.floor];
  const all = sectionRoundings(linesOf(group, "revenue"), revenueSum).flatMap((revenue) =>
    costs.map((cost) => {
      const ups = [revenue.sum[0], revenue.sum[1], cost.sum[0], cost.sum[1]] as const;
      const shown = floors.map((floor, j) => floor + BigInt(ups[j])) as unknown as SectionSums;
      const error = sumRowsError(group.sums, shown);
      return { rounding: { revenue, cost, shown, ups, distance: revenue.distance + cost.distance + error.distance }, units: error.units };
    })
  );
  const fewest = Math.min(...all.map((option) => option.units));
  return all.filter((option) => option.units === fewest).map((option) => option.rounding);
}
