import { sumRowFigures, sumRowsError, type HalfExact } from "./half";
import { sectionRoundings, type ExactTriple, type SectionRounding } from "./section";

/** One admissible rounding of a part table's half: its two sections and the distance of all its figures. */
export interface PartRounding {
  revenue: SectionRounding;
  cost: SectionRounding;
  distance: number;
}

function linesOf(half: HalfExact, section: string): ExactTriple[] {
  return half.lines.filter((_, i) => half.sections[i] === section);
}

/**
 * Every way to round the part's half with all its figures within 1 unit of exact, one per
 * displayed pair of section sums (the cheapest), so that the committee can pick among them.
 */
export function partRoundings(half: HalfExact): PartRounding[] {
  const [revenueSum, costSum] = half.sums;
  const costs = sectionRoundings(linesOf(half, "cost"), costSum);
  const sumRows = sumRowFigures(half.sums);
  return sectionRoundings(linesOf(half, "revenue"), revenueSum).flatMap((revenue) =>
    costs.flatMap((cost) => {
      const error = sumRowsError(sumRows, revenue.sum, cost.sum);
      return error.units === 0 ? [{ revenue, cost, distance: revenue.distance + cost.distance + error.distance }] : [];
    })
  );
}
