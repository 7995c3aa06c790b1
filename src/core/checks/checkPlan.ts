import { noticeError, type Notice } from "../errors";
import { planFromTables } from "../plan/fromTables";
import { HISTORY_TABLE, readForecastHistory } from "../plan/history";
import { PLAN_TABLE } from "../plan/readPlan";
import { historyWarnings, readSeals, SEALS_TABLE } from "../plan/seals";
import { findOptionalTable } from "../workbook/tables";
import type { TableData } from "../workbook/types";
import { attempt } from "./findingOf";
import type { Finding } from "./types";

function warningOf(notice: Notice): Finding {
  return { severity: "warning", problem: noticeError(notice) };
}

/** Budgetplan, when there is one: its bad input, and each financing line that differs from what the key gives (in the plan's unit). */
export function checkPlan(tables: readonly TableData[]): Finding[] {
  if (!findOptionalTable(tables, PLAN_TABLE)) return [];
  const findings: Finding[] = [];
  const plan = attempt(findings, () => planFromTables(tables), null);
  return [...findings, ...(plan?.warnings ?? []).map(warningOf)];
}

/** Prognoshistorik, when there is one: its bad rows, and every version edited, deleted or never sealed by a lock. */
export function checkHistory(tables: readonly TableData[], parties: readonly string[]): Finding[] {
  const history = findOptionalTable(tables, HISTORY_TABLE);
  const seals = findOptionalTable(tables, SEALS_TABLE);
  if (!history && !seals) return [];
  const findings: Finding[] = [];
  const versions = attempt(findings, () => readForecastHistory(history, parties), null);
  const sealed = attempt(findings, () => readSeals(seals), null);
  if (versions && sealed) findings.push(...historyWarnings(versions, sealed).map(warningOf));
  return findings;
}
