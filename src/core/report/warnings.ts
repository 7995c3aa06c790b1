import { sharedTag } from "../rules";
import { normalizeName } from "../workbook/names";
import type { Ledger } from "../workbook/types";
import { lastMonthOf } from "./labels";
import type { ReportLine } from "./lines";

/** Board fees are always the own cost of the municipality that elected the members (domain.md section 3). */
export function boardFeeWarnings(lines: readonly ReportLine[]): string[] {
  return lines
    .filter((line) => line.allocation === sharedTag && normalizeName(line.label).includes("nämndsarvode"))
    .map((line) => `Raden ”${line.label}” är märkt ${sharedTag}, men nämndsarvoden är alltid egna kostnader för den kommun som valt ledamöterna: märk raden med kommunens namn.`);
}

/** A ledger headed "Utfall jan–jul" used for a jan–aug report is probably last month's export. */
export function periodWarnings(ledger: Ledger, throughMonth: number, period: string): string[] {
  if (!ledger.headerPeriod || lastMonthOf(ledger.headerPeriod) === throughMonth) return [];
  return [`Kolumnrubrikerna i underlaget gäller ${ledger.headerPeriod}, men rapporten avser ${period}.`];
}
