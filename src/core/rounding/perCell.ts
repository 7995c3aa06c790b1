import type { Dec } from "../decimal";
import type { Column, Figures } from "./columns";
import { exactReport } from "./table";
import type { ExactPart, RoundedReport, RoundedTable, Table } from "./types";
import { validateParts } from "./validate";

function roundEach(table: Table<Dec>): RoundedTable {
  const round = (row: Figures<Dec>): Figures<bigint> => Object.fromEntries(Object.entries(row).map(([id, value]) => [id, BigInt(value.round().toFixed(0))]));
  return {
    lines: table.lines.map(round),
    revenue: round(table.revenue),
    cost: round(table.cost),
    total: round(table.total),
    withinOne: true, // ROUND_HALF_UP moves no figure by more than half a unit
  };
}

/**
 * Every figure rounded on its own, halves away from zero (Excel's ROUND): the option the board had before;
 * sums, differences and the committee are rounded from their own exact values, so they need not add up on the
 * displayed figures. A kept column is rounded from its exact value too: per cell, that is what it shows.
 */
export function roundPerCell(columns: readonly Column[], parts: readonly ExactPart[]): RoundedReport {
  validateParts(columns, parts);
  const exact = exactReport(columns, parts);
  return { parts: exact.parts.map(roundEach), committee: roundEach(exact.committee), exact };
}
