import type { Dec } from "../decimal";
import { OitError } from "../errors";
import { figureColumns, type Column } from "./columns";
import { checkDeclaration } from "./groups";
import type { ExactPart } from "./types";

/**
 * Largest amount a line may hold. The rounded figures are exact integers of any size, but the
 * exact figures are decimals of 40 significant digits: an amount below 1e20 with the ledger's
 * decimals, summed over any practical number of lines, stays well within them.
 */
const LIMIT = 1e20;

function checkAmount(value: Dec, part: number, row: number, columnName: string): void {
  const where = { row, columnName };
  if (!value.isFinite()) throw new OitError("roundingNotFinite", { value: value.toString(), part }, where);
  if (value.abs().gt(LIMIT)) throw new OitError("roundingTooLarge", { value: value.toString(), part, limit: LIMIT }, where);
}

/** Rejects a declaration no rounding can keep, then amounts that cannot be rounded exactly, naming the part (1-based), line and column (its header). */
export function validateParts(columns: readonly Column[], parts: readonly ExactPart[]): void {
  checkDeclaration(columns);
  const figures = figureColumns(columns);
  parts.forEach((part, p) => part.lines.forEach((line, i) => figures.forEach((column) => checkAmount(line.figures[column.id], p + 1, i + 1, column.header))));
}
