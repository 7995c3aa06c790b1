import type { Dec } from "../decimal";
import { OitError, type Notice } from "../errors";
import { decidedKey, key } from "../rules";
import { defaultPercentDecimals } from "../rules/key";
import { splitAddress } from "./address";
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

/** "Inställningar!F2:F3": the Användare cells of a year's rows, or the column when the host gave no addresses. */
function usersCells(rows: readonly KeyEntry[]): string {
  const addresses = rows.map((row) => row.usersWhere?.address);
  const first = addresses[0];
  const last = addresses[addresses.length - 1];
  if (!first || !last) return `${rows[0].where.table ?? ""}[Användare]`;
  return first === last ? first : `${first}:${splitAddress(last).cell}`;
}

/**
 * The key computed from a year's users (domain.md section 1). Users that sum to 0 are an error
 * naming the table and its cells, where the functions' rule would name its argument.
 */
export function keyFromUsers(rows: readonly KeyEntry[], users: readonly number[], decimals: number): Dec[] {
  if (users.every((count) => count === 0)) {
    const { sheet, table } = rows[0].where;
    const params = { year: rows[0].year, table: table ?? "", sheet: sheet ?? "", cells: usersCells(rows) };
    throw new OitError("usersZeroTotalInTable", params, { sheet, table });
  }
  return key(users, decimals, (i) => rows[i].usersWhere ?? rows[i].where);
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
  const computed = users && rows.some((row) => !row.share) ? keyFromUsers(rows, users, decimals) : null;
  const given = rows.map((row, i) => requireShare(row, computed, i));
  const table = { sheet: rows[0].where.sheet, table: rows[0].where.table };
  const shares = decidedKey(given, table);
  const warnings = [...keyDiffers(rows, users, year, decimals), ...keyNotRounded(given, year, decimals, table)];
  return { parties: rows.map((row) => row.party), shares, warnings };
}
