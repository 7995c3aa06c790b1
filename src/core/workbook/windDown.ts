import type { Dec } from "../decimal";
import { isBlank, parseRequiredAmount } from "../input";
import { sharedTag } from "../rules";
import { cellWhere, isBlankRow, labelOf } from "./cells";
import { findColumn, requireColumn } from "./columns";
import { kronorAmountColumn } from "./invoiced";
import { nameReader } from "./nameReader";
import type { TableData } from "./types";

export const WIND_DOWN_TABLE = "Avveckling";

export type WindDownType = "Tillgång" | "Kostnad";

/** One item of the wind-down (Avveckling): a common asset, a wind-down cost, or something a party owns. */
export interface WindDownItem {
  label: string;
  /** Kronor. */
  amount: Dec;
  /** "Gemensam" or a party, as the key spells it. */
  owner: string;
  type?: WindDownType;
}

const types: WindDownType[] = ["Tillgång", "Kostnad"];

/** Avveckling (workbook.md): Post | Belopp (kr) | Ägare | optional Typ. */
export function readWindDown(table: TableData, parties: readonly string[]): WindDownItem[] {
  const label = requireColumn(table, { name: "Post" }).index;
  const amount = requireColumn(table, kronorAmountColumn).index;
  const owner = requireColumn(table, { name: "Ägare" }).index;
  const type = findColumn(table, { name: "Typ" })?.index;
  const ownerOf = nameReader(table, [sharedTag, ...parties], "windDownUnknownOwner");
  const typeOf = nameReader(table, types, "windDownBadType");
  const items: WindDownItem[] = [];
  table.rows.forEach((row, r) => {
    if (isBlankRow(row)) return;
    items.push({
      label: labelOf(table, row, r, label),
      amount: parseRequiredAmount(row[amount], cellWhere(table, r, amount)),
      owner: ownerOf(row[owner], r, owner),
      ...(type !== undefined && !isBlank(row[type]) && { type: typeOf(row[type], r, type) as WindDownType }),
    });
  });
  return items;
}
