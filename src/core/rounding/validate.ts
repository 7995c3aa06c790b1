import type { Dec } from "../decimal";
import { OitError } from "../errors";
import type { ExactPart } from "./types";

/**
 * Largest amount a line may hold: the rounded figures are JavaScript integers, exact only
 * below 2^53, and a table's sums of thousands of lines must stay below that too.
 */
const LIMIT = 1e12;

const COLUMNS = [
  ["budget", "Budget"],
  ["outcome", "Utfall"],
  ["annualBudget", "Årsbudget"],
  ["forecast", "Årsprognos"],
] as const;

function checkAmount(value: Dec, part: number, row: number, columnName: string): void {
  const where = { row, columnName };
  if (!value.isFinite()) throw new OitError("roundingNotFinite", { value: value.toString(), part }, where);
  if (value.abs().gt(LIMIT)) throw new OitError("roundingTooLarge", { value: value.toString(), part, limit: LIMIT }, where);
}

/** Rejects amounts that cannot be rounded exactly, naming the part (1-based), line and column. */
export function validateParts(parts: readonly ExactPart[]): void {
  parts.forEach((part, p) =>
    part.lines.forEach((line, i) => COLUMNS.forEach(([key, name]) => checkAmount(line[key], p + 1, i + 1, name)))
  );
}
