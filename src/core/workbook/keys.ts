import { toNumber, type Dec } from "../decimal";
import { OitError, type Where } from "../errors";
import { isBlank, parseNumber, parseUserCount } from "../input";
import { checkPartyName } from "../rules/allocationTags";
import { requireCalculated } from "./calculated";
import { cellWhere, isBlankRow, labelOf, placeParams } from "./cells";
import { contractTable, findColumn, requireColumn } from "./columns";
import { textOf } from "./names";
import type { KeyEntry, TableData } from "./types";
import { parseYear } from "./year";

/** Fördelningsnycklar: a key's year, party, users and share, one row each. */
export const { name: KEYS_TABLE, columns: keyColumns, headers: KEY_HEADERS } = contractTable("Fördelningsnycklar", {
  year: { name: "År" },
  party: { name: "Part" },
  users: { name: "Användare" },
  share: { name: "Andel" },
});

/**
 * Andel as a fraction: an Excel percentage cell holds 0.447, text may read "44,7 %". A share over 1
 * and up to 100 not written with % is most likely a percentage typed without its sign (44,7 for
 * 44,7 %): the message says so.
 */
function parseShare(value: unknown, where: Where): Dec | null {
  if (isBlank(value)) return null;
  const share = parseNumber(value, where);
  const place = { value: textOf(value), ...placeParams(where) };
  const writtenAsPercent = typeof value === "string" && value.includes("%");
  if (!writtenAsPercent && share.greaterThan(1) && share.lessThanOrEqualTo(100)) {
    throw new OitError("shareAsPercent", { ...place, percent: toNumber(share), fraction: toNumber(share.dividedBy(100)) }, where);
  }
  if (share.isNegative() || share.greaterThan(1)) throw new OitError("shareRange", place, where);
  return share;
}

function parseUsers(value: unknown, where: Where): number | null {
  return isBlank(value) ? null : parseUserCount(value, where);
}

/** The rows of Fördelningsnycklar (År | Part | Användare | Andel), in the table's order, which is the parties' order. */
export function readKeys(table: TableData): KeyEntry[] {
  requireCalculated(table);
  const year = requireColumn(table, keyColumns.year).index;
  const party = requireColumn(table, keyColumns.party).index;
  const share = findColumn(table, keyColumns.share)?.index;
  // Without Andel every share is computed from the users, so Användare is required then.
  const users = share === undefined ? requireColumn(table, keyColumns.users).index : findColumn(table, keyColumns.users)?.index;
  const entries: KeyEntry[] = [];
  table.rows.forEach((row, r) => {
    if (isBlankRow(row)) return;
    entries.push({
      year: parseYear(row[year], cellWhere(table, r, year)),
      party: checkPartyName(labelOf(table, row, r, party), cellWhere(table, r, party)),
      users: users === undefined ? null : parseUsers(row[users], cellWhere(table, r, users)),
      share: share === undefined ? null : parseShare(row[share], cellWhere(table, r, share)),
      where: cellWhere(table, r, party),
      ...(users !== undefined && { usersWhere: cellWhere(table, r, users) }),
      ...(share !== undefined && { shareWhere: cellWhere(table, r, share) }),
    });
  });
  return entries;
}
