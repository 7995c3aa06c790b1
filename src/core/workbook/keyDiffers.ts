import type { Dec } from "../decimal";
import type { Notice } from "../errors";
import { exactShares, shareDiffers } from "../rules";
import type { KeyEntry } from "./types";

function percent(share: Dec, decimals?: number): number {
  const value = share.times(100);
  return (decimals === undefined ? value : value.toDecimalPlaces(decimals)).toNumber();
}

/**
 * A notice for each decided share of one year's key that is off its users (all rows' users, else null) (workbook.md: Andel wins, but the
 * economist should know). The computed share shows the key's decimals, or the decided share's when it was typed with more: at
 * those decimals it always reads differently from the decided one, since shareDiffers allows half a unit of the last.
 */
export function keyDiffers(rows: readonly KeyEntry[], users: readonly number[] | null, year: number, percentDecimals: number): Notice[] {
  const exact = users && exactShares(users);
  if (!exact) return [];
  return rows.flatMap((row, i) => {
    if (!row.share || !shareDiffers(row.share, exact[i], percentDecimals)) return [];
    const shown = Math.max(percentDecimals, row.share.times(100).decimalPlaces());
    const params = { party: row.party, year, decided: percent(row.share), computed: percent(exact[i], shown) };
    return [{ code: "keyDiffers" as const, params, where: row.shareWhere ?? row.where }];
  });
}
