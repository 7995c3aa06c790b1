import { Dec } from "../decimal";
import type { Section } from "../workbook/types";
import type { ColumnId, Figures } from "./columns";
import { costAt, figure, figureBetween, keptFigure, offsetOf, unitsOffAt, type Figure } from "./figure";
import type { ColumnGroup } from "./groups";
import type { TripleFigures } from "./section";
import type { ExactPart, Table } from "./types";

/** Summa intäkter, Summa kostnader, Total */
export type SumRows = [TripleFigures, TripleFigures, TripleFigures];

/** One column group of a part table, as the network rounds it: per row its minuend, subtrahend and difference. */
export interface GroupFigures {
  lines: TripleFigures[];
  sections: Section[];
  sums: SumRows;
}

/** Displayed minuend and subtrahend of Summa intäkter, then of Summa kostnader: everything else in the sum rows follows. */
export type SectionSums = readonly [bigint, bigint, bigint, bigint];

const NOTHING = figure(new Dec(0));

/** A column's figure in a row: kept as given when the column is kept, else to be chosen. */
function figureIn(id: ColumnId, exact: Figures<Dec>, kept: Figures<bigint>): Figure {
  return id in kept ? keptFigure(exact[id], kept[id]) : figure(exact[id]);
}

/**
 * The difference of two figures. Next to a kept figure shown 1 or more from exact (a line summing two displayed
 * lines), no value within 1 may follow from the others: the difference may then show whatever they leave, its
 * distance counted, so the table still adds up (and says it is off).
 */
function differenceFigure(exact: Dec, minuend: Figure, subtrahend: Figure): Figure {
  if (minuend.lowUnits === 0 && subtrahend.lowUnits === 0) return figure(exact);
  return figureBetween(exact, minuend.floor - subtrahend.floor - BigInt(subtrahend.width), Math.min(1, minuend.width + subtrahend.width) as 0 | 1);
}

/**
 * A row's figures in the group. A column alone is its own difference with nothing: the difference then has the
 * column's exact value and shows what the column shows, so the network rounds it as any other group.
 */
function triple(group: ColumnGroup, exact: Figures<Dec>, kept: Figures<bigint>): TripleFigures {
  const minuend = figureIn(group.minuend, exact, kept);
  const subtrahend = group.subtrahend === undefined ? NOTHING : figureIn(group.subtrahend, exact, kept);
  return { minuend, subtrahend, difference: group.difference === undefined ? minuend : differenceFigure(exact[group.difference], minuend, subtrahend) };
}

export function sumsOf(exact: Table<Dec>, kept: Table<bigint>, group: ColumnGroup): SumRows {
  return [triple(group, exact.revenue, kept.revenue), triple(group, exact.cost, kept.cost), triple(group, exact.total, kept.total)];
}

export function groupOf(exact: Table<Dec>, kept: Table<bigint>, part: ExactPart, group: ColumnGroup): GroupFigures {
  return {
    lines: exact.lines.map((row, i) => triple(group, row, kept.lines[i])),
    sections: part.lines.map((line) => line.section),
    sums: sumsOf(exact, kept, group),
  };
}

/** [minuend, subtrahend, minuend − subtrahend]: a row's figures in one group, the difference following from the other two. */
export function withDifference(minuend: bigint, subtrahend: bigint): bigint[] {
  return [minuend, subtrahend, minuend - subtrahend];
}

/** The group's figures as the row's figures by column id (a column alone shows its minuend). */
export function placed(group: ColumnGroup, [minuend, subtrahend, difference]: readonly bigint[]): [ColumnId, bigint][] {
  return [[group.minuend, minuend], ...(group.subtrahend === undefined ? [] : [[group.subtrahend, subtrahend] as [ColumnId, bigint]]), ...(group.difference === undefined ? [] : [[group.difference, difference] as [ColumnId, bigint]])];
}

/** The sum rows' displayed figures (Summa intäkter, Summa kostnader, Total; each with its difference) from the two section sums. */
export function sumRowValues([revenueMinuend, revenueSubtrahend, costMinuend, costSubtrahend]: SectionSums): bigint[][] {
  return [
    withDifference(revenueMinuend, revenueSubtrahend),
    withDifference(costMinuend, costSubtrahend),
    withDifference(revenueMinuend + costMinuend, revenueSubtrahend + costSubtrahend),
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
    [row.minuend, row.subtrahend, row.difference].forEach((f, c) => {
      const offset = offsetOf(f, values[r][c]);
      units = Math.max(units, unitsOffAt(f, offset));
      distance += costAt(f, offset);
    })
  );
  return { units, distance };
}
