import { dec, type Dec } from "../core/decimal";
import { parseNumber, parseUserCount } from "../core/input";
import { exactShares, key, shareDiffers } from "../core/rules";
import { KEYS_TABLE, keyColumns } from "../core/workbook";
import type { KeyRowInput } from "./host";

/** A party's row as typed in the pane (text, as in the inputs). */
export interface DraftRow {
  party: string;
  users: string;
  /** Decided share in percent, e.g. "44,7"; empty means computed from the users. */
  share: string;
}

export interface DraftKey {
  /** The key computed from the users, or null with the reason in `error`. */
  computed: Dec[] | null;
  /** The decided shares as fractions (null where blank). */
  decided: (Dec | null)[];
  /** The key that applies: the decided share where given (workbook.md: Andel wins), else computed. */
  applied: (Dec | null)[];
  differs: boolean[];
  error?: unknown;
}

function whereOf(row: number, columnName: string) {
  return { table: KEYS_TABLE, row: row + 1, columnName };
}

function decidedShare(text: string, row: number): Dec | null {
  if (text.trim() === "") return null;
  // Typed as a percent ("44,7") or with the sign ("44,7 %", which the parser already divides).
  return text.includes("%") ? parseNumber(text, whereOf(row, keyColumns.share.name)) : parseNumber(text, whereOf(row, keyColumns.share.name)).div(100);
}

function usersOf(rows: readonly DraftRow[]): number[] {
  return rows.map((row, i) => parseUserCount(row.users, whereOf(i, keyColumns.users.name)));
}

/** Everything the key view shows for a year, from what is typed; bad input becomes `error`, never a number. */
export function draftKey(rows: readonly DraftRow[], percentDecimals: number): DraftKey {
  let error: unknown;
  let decided: (Dec | null)[] = rows.map(() => null);
  let computed: Dec[] | null = null;
  let exact: Dec[] | null = null;
  try {
    decided = rows.map((row, i) => decidedShare(row.share, i));
    // Read once, so the computed key and the yardstick for a decided share see the same counts ("2 100" too).
    const users = usersOf(rows);
    computed = key(users, percentDecimals);
    exact = exactShares(users);
  } catch (caught) {
    error = caught;
  }
  const applied = decided.map((share, i) => share ?? computed?.[i] ?? null);
  const differs = decided.map((share, i) => share !== null && exact !== null && shareDiffers(share, exact[i], percentDecimals));
  return { computed, decided, applied, differs, error };
}

export function draftRows(setupRows: readonly KeyRowInput[], year: number): DraftRow[] {
  return setupRows
    .filter((row) => row.year === year)
    .map((row) => ({
      party: row.party,
      users: row.users === null ? "" : String(row.users),
      share: row.share === null ? "" : dec(row.share).times(100).toString().replace(".", ","),
    }));
}

/** Back to table rows; the decided share stays blank when it was left blank. */
export function keyRowsOf(rows: readonly DraftRow[], year: number, draft: DraftKey): KeyRowInput[] {
  return rows.map((row, i) => ({
    year,
    party: row.party.trim(),
    users: row.users.trim() === "" ? null : parseUserCount(row.users, whereOf(i, keyColumns.users.name)),
    share: draft.decided[i]?.toNumber() ?? null,
  }));
}
