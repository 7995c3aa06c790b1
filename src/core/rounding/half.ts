import type { Dec } from "../decimal";
import type { Section } from "../workbook/types";
import { costAt, offsetOf, unitsOffAt } from "./figure";
import { tripleFigures, type TripleFigures } from "./section";
import type { ExactPart, Table } from "./types";

/**
 * The period half (budget, outcome, deviation: columns 0–2) or the annual half (columns 3–5)
 * of a table. The halves share no figure, so each is rounded on its own.
 */
export type Half = 0 | 3;
export const HALVES: readonly Half[] = [0, 3];

/** Summa intäkter, Summa kostnader, Total */
export type SumRows = [TripleFigures, TripleFigures, TripleFigures];

export interface HalfFigures {
  lines: TripleFigures[];
  sections: Section[];
  sums: SumRows;
}

/** Displayed budget and outcome of Summa intäkter, then of Summa kostnader: everything else in the sum rows follows. */
export type SectionSums = readonly [bigint, bigint, bigint, bigint];

function triple(row: readonly Dec[], half: Half): TripleFigures {
  return tripleFigures([row[half], row[half + 1], row[half + 2]]);
}

export function sumsOf(table: Table<Dec>, half: Half): SumRows {
  return [triple(table.revenue, half), triple(table.cost, half), triple(table.total, half)];
}

export function halfOf(table: Table<Dec>, part: ExactPart, half: Half): HalfFigures {
  return {
    lines: table.lines.map((row) => triple(row, half)),
    sections: part.lines.map((line) => line.section),
    sums: sumsOf(table, half),
  };
}

/** [budget, outcome, budget − outcome]: a row's figures in one half, Avvikelse following from the other two. */
export function withDeviation(budget: bigint, outcome: bigint): bigint[] {
  return [budget, outcome, budget - outcome];
}

/** The sum rows' displayed figures (Summa intäkter, Summa kostnader, Total; each with its deviation) from the two section sums. */
export function sumRowValues([revenueBudget, revenueOutcome, costBudget, costOutcome]: SectionSums): bigint[][] {
  return [
    withDeviation(revenueBudget, revenueOutcome),
    withDeviation(costBudget, costOutcome),
    withDeviation(revenueBudget + costBudget, revenueOutcome + costOutcome),
  ];
}

/**
 * How far the sum rows that follow from the displayed section sums are from exact: the
 * largest error in whole units (0 when all are strictly within 1) and the summed distance.
 */
export function sumRowsError(exact: SumRows, shown: SectionSums): { units: number; distance: number } {
  const values = sumRowValues(shown);
  let units = 0;
  let distance = 0;
  exact.forEach((row, r) =>
    [row.budget, row.outcome, row.deviation].forEach((f, c) => {
      const offset = offsetOf(f, values[r][c]);
      units = Math.max(units, unitsOffAt(f, offset));
      distance += costAt(f, offset);
    })
  );
  return { units, distance };
}
