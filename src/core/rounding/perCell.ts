import type { Dec } from "../decimal";
import type { Column, Figures } from "./columns";
import { exactReport, keptIds, keptReport, keptWithinOne } from "./table";
import type { ExactPart, RoundedReport, RoundedTable, Table } from "./types";
import { validateParts } from "./validate";

/** Every figure rounded half away from zero, but a kept line's kept figures, which show as given. */
function roundEach(table: Table<Dec>, kept: Table<bigint>, keptColumns: readonly string[]): RoundedTable {
  const round = (row: Figures<Dec>): Figures<bigint> => Object.fromEntries(Object.entries(row).map(([id, value]) => [id, BigInt(value.round().toFixed(0))]));
  const shown = { lines: table.lines.map((row, i) => ({ ...round(row), ...kept.lines[i] })), revenue: round(table.revenue), cost: round(table.cost), total: round(table.total) };
  // ROUND_HALF_UP moves no figure by more than half a unit: only a kept one can be further off.
  return { ...shown, withinOne: keptWithinOne(keptColumns, shown, table) };
}

/**
 * Every figure rounded on its own, halves away from zero (Excel's ROUND): the option the board had before;
 * sums, differences and the committee are rounded from their own exact values, so they need not add up on the
 * displayed figures. A kept column shows its lines as given and its sums, too, rounded from their exact values.
 */
export function roundPerCell(columns: readonly Column[], parts: readonly ExactPart[]): RoundedReport {
  validateParts(columns, parts);
  const exact = exactReport(columns, parts);
  const kept = keptReport(columns, parts);
  const ids = keptIds(columns);
  return { parts: exact.parts.map((table, p) => roundEach(table, kept.parts[p], ids)), committee: roundEach(exact.committee, kept.committee, ids), exact };
}
