import { MONTHS } from "../workbook/months";
import type { Report } from "./types";

export const COMMITTEE = "Ölands IT-nämnd";
export const COMMITTEE_TITLE = "Ekonomisk sammanställning IT-nämnd";
export const SHARED_TITLE = "Varav kostnader som ska fördelas mellan kommunerna";

/** The accumulated period: "jan–aug"; a report after January is just "jan". */
export function periodLabel(throughMonth: number): string {
  return throughMonth === 1 ? MONTHS[0] : `${MONTHS[0]}–${MONTHS[throughMonth - 1]}`;
}

/** The month a period label such as "jan-aug" or "januari–augusti" ends with (1–12), if it names one. */
export function lastMonthOf(label: string): number | undefined {
  const last = label.split(/[-–]/).pop()?.trim().slice(0, 3).toLowerCase() ?? "";
  const index = MONTHS.indexOf(last);
  return index < 0 ? undefined : index + 1;
}

/** Swedish genitive: Borgholms, but Mörbylånga → Mörbylångas and Vaxholm(s)… names ending in s, x, z take none. */
export function genitive(name: string): string {
  return /[sxz]$/i.test(name) ? name : `${name}s`;
}

/** An own line where lines of several parts meet (the committee's table, the analysis): "Rad (Part)", as the same Rad may be both shared and own. */
export function ownLineLabel(line: string, party: string): string {
  return `${line} (${party})`;
}

export function ownTitle(party: string): string {
  return `Varav ${genitive(party)} egna kostnader`;
}

/** "Rapport jan–aug 2027": the sheet a report is written to (one per period, replaced when rerun). */
export function reportSheetName(report: Pick<Report, "periodLabel" | "year">): string {
  return `Rapport ${report.periodLabel} ${report.year}`;
}
