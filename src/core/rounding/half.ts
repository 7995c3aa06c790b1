import type { Dec } from "../decimal";
import type { Section } from "../workbook/types";
import { distanceCost, figure, unitsOff, type Figure } from "./figure";
import type { ExactTriple, Pair } from "./section";
import type { ExactPart, Table } from "./types";

/**
 * The period half (budget, outcome, deviation: columns 0–2) or the annual half (columns 3–5)
 * of a table. The halves share no figure, so each is rounded on its own.
 */
export type Half = 0 | 3;
export const HALVES: readonly Half[] = [0, 3];

export interface HalfExact {
  lines: ExactTriple[];
  sections: Section[];
  /** Summa intäkter, Summa kostnader, Total */
  sums: [ExactTriple, ExactTriple, ExactTriple];
}

function triple(row: readonly Dec[], half: Half): ExactTriple {
  return [row[half], row[half + 1], row[half + 2]];
}

export function sumsOf(table: Table<Dec>, half: Half): HalfExact["sums"] {
  return [triple(table.revenue, half), triple(table.cost, half), triple(table.total, half)];
}

export function halfOf(table: Table<Dec>, part: ExactPart, half: Half): HalfExact {
  return {
    lines: table.lines.map((row) => triple(row, half)),
    sections: part.lines.map((line) => line.section),
    sums: sumsOf(table, half),
  };
}

export function plusPair([budget, outcome]: Pair, [otherBudget, otherOutcome]: Pair): Pair {
  return [budget + otherBudget, outcome + otherOutcome];
}

/** [budget, outcome, budget − outcome]: a row's figures in one half, Avvikelse following from the other two. */
export function withDeviation([budget, outcome]: Pair): number[] {
  return [budget, outcome, budget - outcome];
}

/** The displayed sum rows' figures (with deviations and Total) that follow from the two displayed section sums. */
function sumFigures(revenue: Pair, cost: Pair): number[] {
  return [revenue, cost, plusPair(revenue, cost)].flatMap(withDeviation);
}

/** The figures of the sum rows (Summa intäkter, Summa kostnader, Total; each budget, outcome, deviation). */
export function sumRowFigures(sums: HalfExact["sums"]): Figure[] {
  return sums.flat().map(figure);
}

/**
 * How far the sum rows that follow from the displayed section sums are from exact: the
 * largest error in whole units (0 when all are strictly within 1) and the summed distance.
 */
export function sumRowsError(exact: readonly Figure[], revenue: Pair, cost: Pair): { units: number; distance: number } {
  const shown = sumFigures(revenue, cost);
  return {
    units: Math.max(...exact.map((f, i) => unitsOff(f, shown[i]))),
    distance: exact.reduce((total, f, i) => total + distanceCost(f, shown[i]), 0),
  };
}
