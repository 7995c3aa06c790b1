import type { Dec } from "../decimal";
import { OitError } from "../errors";
import { key, validateKey } from "../rules";
import type { KeyEntry } from "../workbook/types";
import { exactShares } from "./exactShares";
import { findingOf } from "./findingOf";
import { shareDiffers } from "./shareDiffers";
import type { Finding } from "./types";

function percent(share: Dec): number {
  return share.times(100).toDecimalPlaces(2).toNumber();
}

function checkYear(rows: readonly KeyEntry[], year: number, percentDecimals: number): Finding[] {
  const findings: Finding[] = [];
  const users = rows.every((row) => row.users !== null) ? rows.map((row) => row.users as number) : null;
  const decided = rows.map((row) => row.share);
  try {
    if (users) key(users, percentDecimals);
    if (decided.every((share) => share !== null)) validateKey(decided.map((share) => share!), rows[0].where);
  } catch (error) {
    findings.push(findingOf(error));
  }
  const exact = users && exactShares(users);
  rows.forEach((row, i) => {
    if (!row.share || !exact || !shareDiffers(row.share, exact[i])) return;
    const params = { party: row.party, year, decided: percent(row.share), computed: percent(exact[i]) };
    findings.push({ severity: "warning", problem: new OitError("keyDiffers", params, row.where) });
  });
  return findings;
}

/** Every year's key: shares that do not sum to 100 %, bad user counts, decided shares off the users. */
export function checkKeys(entries: readonly KeyEntry[], percentDecimals: number): Finding[] {
  const years = [...new Set(entries.map((entry) => entry.year))];
  return years.flatMap((year) => checkYear(entries.filter((entry) => entry.year === year), year, percentDecimals));
}
