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
 * economist should know). The computed share shows one decimal more than the key publishes, enough to see why.
 */
export function keyDiffers(rows: readonly KeyEntry[], users: readonly number[] | null, year: number, percentDecimals: number): Notice[] {
  const exact = users && exactShares(users);
  if (!exact) return [];
  return rows.flatMap((row, i) => {
    if (!row.share || !shareDiffers(row.share, exact[i], percentDecimals)) return [];
    const params = { party: row.party, year, decided: percent(row.share), computed: percent(exact[i], percentDecimals + 1) };
    return [{ code: "keyDiffers" as const, params, where: row.shareWhere ?? row.where }];
  });
}
