import { parseRequiredAmount } from "../input";
import { requireCalculated } from "./calculated";
import { cellWhere, isBlankRow, labelOf } from "./cells";
import { requireColumn } from "./columns";
import type { Cause, TableData, Unit } from "./types";
import { unitFactor } from "./unitFactor";

export const CAUSES_TABLE = "Avvikelseorsaker";

/**
 * Avvikelseorsaker: Orsak | Belopp, in `reportUnit`. The amounts are in the settings' report unit
 * (`settingsUnit`, Enhet i rapporten) unless the header states its own ("Belopp, kr"): a report made in
 * another unit (--unit kr) must not read tkr as kronor. A cause without an amount is an error.
 */
export function readCauses(table: TableData, settingsUnit: Unit, reportUnit: Unit): Cause[] {
  requireCalculated(table);
  const cause = requireColumn(table, { name: "Orsak" }).index;
  const amount = requireColumn(table, { name: "Belopp", unit: true });
  const factor = unitFactor(amount.unit ?? settingsUnit, reportUnit);
  return table.rows.flatMap((row, r) => {
    if (isBlankRow(row)) return [];
    const value = parseRequiredAmount(row[amount.index], cellWhere(table, r, amount.index));
    return [{ cause: labelOf(table, row, r, cause), amount: value.times(factor) }];
  });
}
