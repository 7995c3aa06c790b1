import type { ExitSplit } from "./types";

/** `oit-budget exit --json` exactly as workbook.md writes it. */
export function exitJson(split: ExitSplit): object {
  return { year: split.year, party: split.party, key: split.key, items: split.items, totals: split.totals, remaining: split.remaining };
}
