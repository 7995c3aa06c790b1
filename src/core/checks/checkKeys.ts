import { noticeError, type Notice } from "../errors";
import { decidedKey } from "../rules";
import { keyDiffers } from "../workbook/keyDiffers";
import { keyNotRounded } from "../workbook/keyNotRounded";
import { keyFromUsers, usersOf } from "../workbook/keyForYear";
import type { KeyEntry } from "../workbook/types";
import { findingOf } from "./findingOf";
import type { Finding } from "./types";

function checkYear(rows: readonly KeyEntry[], year: number, percentDecimals: number): Finding[] {
  const findings: Finding[] = [];
  const users = usersOf(rows);
  const decided = rows.flatMap((row) => (row.share ? [row.share] : []));
  let notRounded: Notice[] = [];
  try {
    if (users) keyFromUsers(rows, users, percentDecimals);
    if (decided.length === rows.length) {
      decidedKey(decided, rows[0].where);
      // Only a key that is applied: one that is not is already an error above.
      notRounded = keyNotRounded(decided, year, percentDecimals, rows[0].where);
    }
  } catch (error) {
    findings.push(findingOf(error));
  }
  for (const notice of [...keyDiffers(rows, users, year, percentDecimals), ...notRounded]) {
    findings.push({ severity: "warning", problem: noticeError(notice) });
  }
  return findings;
}

/**
 * Every year's key: shares that do not sum to 100 %, bad user counts, decided shares off the users, and shares
 * finer than the key's decimals that do not sum to exactly 100 %.
 */
export function checkKeys(entries: readonly KeyEntry[], percentDecimals: number): Finding[] {
  const years = [...new Set(entries.map((entry) => entry.year))];
  return years.flatMap((year) => checkYear(entries.filter((entry) => entry.year === year), year, percentDecimals));
}
