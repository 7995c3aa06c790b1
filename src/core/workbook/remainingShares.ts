import { Dec } from "../decimal";
import { OitError, type Where } from "../errors";
import { isBlank, parseAmount } from "../input";
import { cellWhere, placeParams } from "./cells";
import { findColumn } from "./columns";
import { textOf } from "./names";
import type { TableData } from "./types";

export const REMAINING_COLUMN = "Kvarstår";

/** Kvarstår as a fraction: an Excel percentage cell holds 0.4, text may read "40 %"; blank is all of it. */
function parseRemaining(value: unknown, where: Where): Dec {
  if (isBlank(value)) return new Dec(1);
  const share = parseAmount(value, where);
  if (share.isNegative() || share.greaterThan(1)) {
    throw new OitError("remainingShareRange", { value: textOf(value), ...placeParams(where) }, where);
  }
  return share;
}

/**
 * The optional Kvarstår column of the ledger (workbook.md "A member leaves"): per body row, the part of the
 * line that stays after a member leaves, 0–1. Without the column everything stays.
 */
export function readRemainingShares(table: TableData): (bodyRow: number) => Dec {
  const column = findColumn(table, { name: REMAINING_COLUMN })?.index;
  if (column === undefined) return () => new Dec(1);
  const shares = table.rows.map((row, r) => parseRemaining(row[column], cellWhere(table, r, column)));
  return (bodyRow) => shares[bodyRow];
}
