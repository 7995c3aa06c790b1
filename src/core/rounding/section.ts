import type { Dec } from "../decimal";
import { costAt, figure, type Figure } from "./figure";
import { cheapestSectionFlows, MINUEND_ARC, SUBTRAHEND_ARC, type LineArc } from "./sectionFlow";

/** Exact [minuend, subtrahend, difference] of a row in one half of the table. */
export type ExactTriple = readonly [Dec, Dec, Dec];

/** A row's figures in one half of the table. */
export interface TripleFigures {
  minuend: Figure;
  subtrahend: Figure;
  difference: Figure;
}

/** How far above its floor a displayed [minuend, subtrahend] is: 0 or 1 each. */
export type Ups = [number, number];

/** One admissible rounding of a section's lines for a given displayed section sum. */
export interface SectionRounding {
  /** the section sum's minuend and subtrahend, as offsets from their floors */
  sum: Ups;
  /** each line's minuend and subtrahend, as offsets from their floors, in the section's order */
  lines: Ups[];
  /** distance of the lines' figures from exact, in cost units */
  distance: number;
}

export function tripleFigures([minuend, subtrahend, difference]: ExactTriple): TripleFigures {
  return { minuend: figure(minuend), subtrahend: figure(subtrahend), difference: figure(difference) };
}

function arc(f: Figure): LineArc {
  return { width: f.width, unitCost: f.width === 1 ? costAt(f, 1) - costAt(f, 0) : 0 };
}

/** What the floors leave over: floor(minuend) − floor(subtrahend) − floor(difference), 0 or 1; the difference shows surplus + its minuend and subtrahend offsets. */
function surplusOf(line: TripleFigures): number {
  return Number(line.minuend.floor - line.subtrahend.floor - line.difference.floor);
}

export function lineDistance(line: TripleFigures, [minuend, subtrahend]: Ups): number {
  return costAt(line.minuend, minuend) + costAt(line.subtrahend, subtrahend) + costAt(line.difference, minuend - subtrahend + surplusOf(line));
}

function upsOf(f: Figure): number[] {
  return f.width === 1 ? [0, 1] : [0];
}

/**
 * Every displayed section sum (minuend and subtrahend each rounded down or up) for which the
 * section's lines can be rounded to add up, each with its cheapest such rounding: a flow whose
 * node balances are the additivity rules (at each line difference + subtrahend = minuend; the
 * lines' budgets and outcomes add up to the section's), on offsets from the floors, so the
 * flow's numbers stay small whatever the amounts.
 */
export function sectionRoundings(lines: readonly TripleFigures[], sum: TripleFigures): SectionRounding[] {
  const minuendFloors = lines.reduce((total, line) => total + line.minuend.floor, 0n);
  const subtrahendFloors = lines.reduce((total, line) => total + line.subtrahend.floor, 0n);
  const count = BigInt(lines.length);
  const inRange = (ups: bigint) => ups >= 0n && ups <= count;
  const choices = upsOf(sum.minuend).flatMap((minuend) => upsOf(sum.subtrahend).map((subtrahend): Ups => [minuend, subtrahend]));
  const needed = choices.map(([minuend, subtrahend]) => [sum.minuend.floor + BigInt(minuend) - minuendFloors, sum.subtrahend.floor + BigInt(subtrahend) - subtrahendFloors]);
  const possible = choices.filter((_, i) => needed[i].every(inRange));
  const flowLines = lines.map((line) => ({ difference: arc(line.difference), subtrahend: arc(line.subtrahend), minuend: arc(line.minuend), surplus: surplusOf(line) }));
  const flows = cheapestSectionFlows(
    flowLines,
    needed.filter((pair) => pair.every(inRange)).map(([minuend, subtrahend]) => [Number(minuend), Number(subtrahend)] as const)
  );
  return possible.flatMap((ups, i) => {
    const found = flows[i];
    if (!found) return [];
    const rounded = found.map((arcs): Ups => [arcs[MINUEND_ARC], arcs[SUBTRAHEND_ARC]]);
    return [{ sum: ups, lines: rounded, distance: lines.reduce((total, line, l) => total + lineDistance(line, rounded[l]), 0) }];
  });
}
