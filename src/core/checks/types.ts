import type { OitError } from "../errors";

export type Severity = "error" | "warning" | "info";

/**
 * One result of checking the workbook. The problem is an OitError so it reads in the user's
 * language through describe() and carries the place (table, row, column, address) to go to.
 */
export interface Finding {
  severity: Severity;
  problem: OitError;
}
