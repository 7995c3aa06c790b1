import { OitError } from "../errors";
import { key, validateKey } from "../rules";
import { keyDiffers } from "../workbook/keyDiffers";
import { usersOf } from "../workbook/keyForYear";
import type { KeyEntry } from "../workbook/types";
import { findingOf } from "./findingOf";
import type { Finding } from "./types";

function checkYear(rows: readonly KeyEntry[], year: number, percentDecimals: number): Finding[] {
  const findings: Finding[] = [];
  const users = usersOf(rows);
  const decided = rows.map((row) => row.share);
  try {
    if (users) key(users, percentDecimals);
    if (decided.every((share) => share !== null)) validateKey(decided.map((share) => share!), rows[0].where);
  } catch (error) {
    findings.push(findingOf(error));
  }
  for (const notice of keyDiffers(rows, users, year, percentDecimals)) {
    findings.push({ severity: "warning", problem: new OitError(notice.code, notice.params, notice.where) });
  }
  return findings;
}

/** Every year's key: shares that do not sum to 100 %, bad user counts, decided shares off the users. */
export function checkKeys(entries: readonly KeyEntry[], percentDecimals: number): Finding[] {
  const years = [...new Set(entries.map((entry) => entry.year))];
  return years.flatMap((year) => checkYear(entries.filter((entry) => entry.year === year), year, percentDecimals));
}
