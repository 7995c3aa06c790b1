import type { Dec } from "../decimal";
import { OitError, type Notice } from "../errors";
import { decidedKey, key } from "../rules";
import { defaultPercentDecimals } from "../rules/key";
import { placeParams } from "./cells";
import { keyDiffers } from "./keyDiffers";
import { keyNotRounded } from "./keyNotRounded";
import { normalizeName } from "./names";
import type { KeyEntry } from "./types";

export interface YearKey {
  parties: string[];
  shares: Dec[];
  /** Decided shares off the users: the report passes them on. */
  warnings: Notice[];
}

function entriesOfYear(entries: readonly KeyEntry[], year: number): KeyEntry[] {
  const rows = entries.filter((entry) => entry.year === year);
  if (rows.length === 0) {
    const found = [...new Set(entries.map((entry) => entry.year))].sort().join(", ") || "–";
    throw new OitError("keyYearMissing", { year, found, table: entries[0]?.where.table ?? "Fördelningsnycklar" }, entries[0] && { sheet: entries[0].where.sheet, table: entries[0].where.table });
  }
  const seen = new Set<string>();
  for (const row of rows) {
    const name = normalizeName(row.party);
    if (seen.has(name)) throw new OitError("keyDuplicateParty", { party: row.party, year, ...placeParams(row.where) }, row.where);
    seen.add(name);
  }
  return rows;
}

/** Users of every party, or null when some are missing (then only decided shares can be used). */
export function usersOf(rows: readonly KeyEntry[]): number[] | null {
  return rows.every((row) => row.users !== null) ? rows.map((row) => row.users as number) : null;
}

function requireShare(row: KeyEntry, computed: readonly Dec[] | null, index: number): Dec {
  if (row.share) return row.share;
  if (computed) return computed[index];
  throw new OitError("keyRowEmpty", { party: row.party, ...placeParams(row.where) }, row.where);
}

/**
 * The key of an operating year, parties in the table's order. A decided Andel wins; a blank one is computed
 * from the users with `decimals` percent decimals; together they are the key as decided (decidedKey: summing
 * to 100 %, binary noise dropped, never rescaled).
 */
export function keyForYear(entries: readonly KeyEntry[], year: number, decimals = defaultPercentDecimals): YearKey {
  const rows = entriesOfYear(entries, year);
  const users = usersOf(rows);
  const computed = users && rows.some((row) => !row.share) ? key(users, decimals) : null;
  const given = rows.map((row, i) => requireShare(row, computed, i));
  const table = { sheet: rows[0].where.sheet, table: rows[0].where.table };
  const shares = decidedKey(given, table);
  const warnings = [...keyDiffers(rows, users, year, decimals), ...keyNotRounded(given, year, decimals, table)];
  return { parties: rows.map((row) => row.party), shares, warnings };
}
