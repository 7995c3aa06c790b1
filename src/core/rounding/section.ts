import type { Dec } from "../decimal";
import { costAt, figure, type Figure } from "./figure";
import { cheapestSectionFlows, type LineArc } from "./sectionFlow";

/** Exact [budget, outcome, deviation] of a row in one half of the table. */
export type ExactTriple = readonly [Dec, Dec, Dec];

/** A row's figures in one half of the table. */
export interface TripleFigures {
  budget: Figure;
  outcome: Figure;
  deviation: Figure;
}

/** How far above its floor a displayed [budget, outcome] is: 0 or 1 each. */
export type Ups = [number, number];

/** One admissible rounding of a section's lines for a given displayed section sum. */
export interface SectionRounding {
  /** the section sum's budget and outcome, as offsets from their floors */
  sum: Ups;
  /** each line's budget and outcome, as offsets from their floors, in the section's order */
  lines: Ups[];
  /** distance of the lines' figures from exact, in cost units */
  distance: number;
}

export function tripleFigures([budget, outcome, deviation]: ExactTriple): TripleFigures {
  return { budget: figure(budget), outcome: figure(outcome), deviation: figure(deviation) };
}

function arc(f: Figure): LineArc {
  return { width: f.width, unitCost: f.width === 1 ? costAt(f, 1) - costAt(f, 0) : 0 };
}

/** What the floors leave over: floor(budget) − floor(outcome) − floor(deviation), 0 or 1; the deviation shows surplus + its budget and outcome offsets. */
function surplusOf(line: TripleFigures): number {
  return Number(line.budget.floor - line.outcome.floor - line.deviation.floor);
}

export function lineDistance(line: TripleFigures, [budget, outcome]: Ups): number {
  return costAt(line.budget, budget) + costAt(line.outcome, outcome) + costAt(line.deviation, budget - outcome + surplusOf(line));
}

function upsOf(f: Figure): number[] {
  return f.width === 1 ? [0, 1] : [0];
}

/**
 * Every displayed section sum (budget and outcome each rounded down or up) for which the
 * section's lines can be rounded to add up, each with its cheapest such rounding: a flow whose
 * node balances are the additivity rules (at each line deviation + outcome = budget; the
 * lines' budgets and outcomes add up to the section's), on offsets from the floors, so the
 * flow's numbers stay small whatever the amounts.
 */
export function sectionRoundings(lines: readonly TripleFigures[], sum: TripleFigures): SectionRounding[] {
  const budgetFloors = lines.reduce((total, line) => total + line.budget.floor, 0n);
  const outcomeFloors = lines.reduce((total, line) => total + line.outcome.floor, 0n);
  const count = BigInt(lines.length);
  const inRange = (ups: bigint) => ups >= 0n && ups <= count;
  const choices = upsOf(sum.budget).flatMap((budget) => upsOf(sum.outcome).map((outcome): Ups => [budget, outcome]));
  const needed = choices.map(([budget, outcome]) => [sum.budget.floor + BigInt(budget) - budgetFloors, sum.outcome.floor + BigInt(outcome) - outcomeFloors]);
  const possible = choices.filter((_, i) => needed[i].every(inRange));
  const flowLines = lines.map((line) => ({ deviation: arc(line.deviation), outcome: arc(line.outcome), budget: arc(line.budget), surplus: surplusOf(line) }));
  const flows = cheapestSectionFlows(
    flowLines,
    needed.filter((pair) => pair.every(inRange)).map(([budget, outcome]) => [Number(budget), Number(outcome)] as const)
  );
  return possible.flatMap((ups, i) => {
    const found = flows[i];
    if (!found) return [];
    const rounded = found.map(([, outcome, budget]): Ups => [budget, outcome]);
    return [{ sum: ups, lines: rounded, distance: lines.reduce((total, line, l) => total + lineDistance(line, rounded[l]), 0) }];
  });
}
