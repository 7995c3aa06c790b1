import type { Notice } from "../errors";
import { isBoardFees, sharedTag } from "../rules";
import type { SummedLedger } from "../workbook/types";
import { lastMonthOf } from "./labels";
import type { ReportLine } from "./lines";

/** Board fees are always the own cost of the municipality that elected the members (domain.md section 3). */
export function boardFeeWarnings(lines: readonly ReportLine[], ledger: SummedLedger): Notice[] {
  return lines
    .filter((line) => line.allocation === sharedTag && isBoardFees(line.label))
    .map((line) => ({ code: "boardFeesShared", params: { line: line.label }, where: ledger.where }));
}

/** A ledger headed "Utfall jan–jul" used for a jan–aug report is probably last month's export. */
export function periodWarnings(ledger: SummedLedger, throughMonth: number, period: string): Notice[] {
  if (!ledger.headerPeriod || lastMonthOf(ledger.headerPeriod) === throughMonth) return [];
  return [{ code: "ledgerPeriodDiffers", params: { headerPeriod: ledger.headerPeriod, period }, where: ledger.where }];
}
