import { amountAt } from "./amounts";
import { requireCalculated } from "./calculated";
import { isBlankRow, labelOf } from "./cells";
import { requireColumn } from "./columns";
import { MONTHS } from "./months";
import type { Profile, TableData } from "./types";

export const PROFILES_TABLE = "Periodiseringsprofiler";

const monthNames = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];

/** Periodiseringsprofiler: Rad and twelve monthly weights; their validity (≥ 0, not all 0) is periodBudget's rule. */
export function readProfiles(table: TableData): Profile[] {
  requireCalculated(table);
  const line = requireColumn(table, { name: "Rad" }).index;
  const monthColumns = MONTHS.map((name, m) => requireColumn(table, { name, aliases: [monthNames[m]] }).index);
  const profiles: Profile[] = [];
  table.rows.forEach((row, r) => {
    if (isBlankRow(row)) return;
    const weights = monthColumns.map((column) => amountAt(table, row, r, column));
    profiles.push({ line: labelOf(table, row, r, line), weights, where: { sheet: table.sheet, table: table.name, row: r + 1 } });
  });
  return profiles;
}
