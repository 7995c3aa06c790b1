import type { Dec } from "../decimal";
import { exactReport } from "./table";
import type { ExactPart, RoundedReport, RoundedTable, Table } from "./types";
import { validateParts } from "./validate";

function roundEach(table: Table<Dec>): RoundedTable {
  const round = (row: Dec[]) => row.map((value) => BigInt(value.round().toFixed(0)));
  return {
    lines: table.lines.map(round),
    revenue: round(table.revenue),
    cost: round(table.cost),
    total: round(table.total),
    withinOne: true, // ROUND_HALF_UP moves no figure by more than half a unit
  };
}

/**
 * Every figure rounded on its own, halves away from zero (Excel's ROUND): the option the
 * board had before; sums, deviations and the committee are rounded from their own exact
 * values, so they need not add up on the displayed figures.
 */
export function roundPerCell(parts: readonly ExactPart[]): RoundedReport {
  validateParts(parts);
  const exact = exactReport(parts);
  return { parts: exact.parts.map(roundEach), committee: roundEach(exact.committee), exact };
}
