import { Dec } from "../decimal";
import { OitError, type Where } from "../errors";
import { excelErrorOf } from "./excelErrors";
import { isBlank } from "./isBlank";
import { parseNumberText } from "./numberText";

/**
 * A raw cell value as an exact amount. A blank cell is 0 (an empty ledger cell means
 * nothing was booked); everything else that is not a number is an error naming `where`.
 */
export function parseAmount(value: unknown, where?: Where): Dec {
  if (typeof value === "number") return finiteNumber(value, where);
  if (value instanceof Dec) return finiteDecimal(value, where);
  if (isBlank(value)) return new Dec(0);
  const error = excelErrorOf(value);
  if (error !== undefined) throw new OitError("errorValue", { value: error }, where);
  const parsed = typeof value === "string" ? parseNumberText(value) : undefined;
  if (parsed === undefined) throw new OitError("notANumber", { value: shown(value) }, where);
  return parsed;
}

function finiteNumber(value: number, where: Where | undefined): Dec {
  if (!Number.isFinite(value)) throw new OitError("notFinite", { value: String(value) }, where);
  return new Dec(value);
}

function finiteDecimal(value: Dec, where: Where | undefined): Dec {
  if (!value.isFinite()) throw new OitError("notFinite", { value: value.toString() }, where);
  return value;
}

function shown(value: unknown): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return typeof value === "string" ? value.trim() : String(value);
}
