import type { Dec } from "../decimal";
import { cheapestCirculation, type Arc } from "./circulation";
import { choices, distanceCost, figure, type Figure } from "./figure";

/** Displayed [budget, outcome] of a row in one half of the table (period, or year). */
export type Pair = [number, number];

/** Exact [budget, outcome, deviation] of a row in one half of the table. */
export type ExactTriple = readonly [Dec, Dec, Dec];

/** One admissible rounding of a section's lines for a given displayed section sum. */
export interface SectionRounding {
  sum: Pair;
  lines: Pair[];
  /** distance of the lines' figures from exact, in cost units */
  distance: number;
}

interface LineFigures {
  budget: Figure;
  outcome: Figure;
  deviation: Figure;
}

const SOURCE = 0;
const BUDGET = 1;
const OUTCOME = 2;
const FIRST_LINE = 3;

function arc(from: number, to: number, f: Figure): Arc {
  return { from, to, low: f.low, high: f.high, unitCost: distanceCost(f, f.high) - distanceCost(f, f.low) };
}

function fixed(from: number, to: number, value: number): Arc {
  return { from, to, low: value, high: value, unitCost: 0 };
}

/**
 * The section as a circulation whose node balances are its additivity rules: at each line
 * deviation + outcome = budget; at the budget node the lines' budgets = the section's budget;
 * at the outcome node the section's outcome = the lines' outcomes; at the source the section's
 * budget = its deviations + its outcome. The section sum is fixed, the lines may go up or down.
 */
function sectionNetwork(lines: readonly LineFigures[], sum: Pair): Arc[] {
  return [
    ...lines.flatMap((line, i) => [
      arc(SOURCE, FIRST_LINE + i, line.deviation),
      arc(OUTCOME, FIRST_LINE + i, line.outcome),
      arc(FIRST_LINE + i, BUDGET, line.budget),
    ]),
    fixed(BUDGET, SOURCE, sum[0]),
    fixed(SOURCE, OUTCOME, sum[1]),
  ];
}

function lineDistance(line: LineFigures, [budget, outcome]: Pair): number {
  return distanceCost(line.budget, budget) + distanceCost(line.outcome, outcome) + distanceCost(line.deviation, budget - outcome);
}

/** The cheapest rounding of the section's lines that adds up to the given sum, if there is one. */
function roundSection(lines: readonly LineFigures[], sum: Pair): SectionRounding | undefined {
  const flow = cheapestCirculation(FIRST_LINE + lines.length, sectionNetwork(lines, sum));
  if (!flow) return undefined;
  const rounded = lines.map((_, i): Pair => [flow[3 * i + 2], flow[3 * i + 1]]);
  return { sum, lines: rounded, distance: lines.reduce((total, line, i) => total + lineDistance(line, rounded[i]), 0) };
}

/**
 * Every displayed section sum (budget and outcome each rounded down or up) for which the
 * section's lines can be rounded to add up, each with its cheapest such rounding.
 */
export function sectionRoundings(lines: readonly ExactTriple[], sum: ExactTriple): SectionRounding[] {
  const figures = lines.map(([budget, outcome, deviation]) => ({
    budget: figure(budget),
    outcome: figure(outcome),
    deviation: figure(deviation),
  }));
  return choices(figure(sum[0]))
    .flatMap((budget) => choices(figure(sum[1])).map((outcome) => roundSection(figures, [budget, outcome])))
    .filter((rounding): rounding is SectionRounding => rounding !== undefined);
}
