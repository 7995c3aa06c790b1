import { Dec } from "../decimal";
import { OitError, type Where } from "../errors";
import { excelErrorOf } from "./excelErrors";
import { isBlank } from "./isBlank";
import { parseNumberText } from "./numberText";

/**
 * A raw cell value as the exact decimal it shows: a number as its shortest decimal text
 * (0.447 is 0,447, not the binary 0.44699999…), Swedish number text as written. Blank is 0;
 * everything else that is not a number is an error naming `where`. Amounts go on through
 * parseAmount; shares, user counts and weights are used as read.
 */
export function parseNumber(value: unknown, where?: Where): Dec {
  if (typeof value === "number") return finiteNumber(value, where);
  if (value instanceof Dec) return finiteDecimal(value, where);
  if (isBlank(value)) return new Dec(0);
  const error = excelErrorOf(value);
  if (error !== undefined) throw new OitError("errorValue", { value: error }, where);
  const parsed = typeof value === "string" ? parseNumberText(value) : undefined;
  if (parsed === undefined) throw new OitError("notANumber", { value: shown(value) }, where);
  return parsed;
}

/** Like parseNumber, for values that must be given: a blank cell is an error, not 0. */
export function parseRequiredNumber(value: unknown, where?: Where): Dec {
  if (isBlank(value)) throw new OitError("blank", {}, where);
  return parseNumber(value, where);
}

function finiteNumber(value: number, where: Where | undefined): Dec {
  if (!Number.isFinite(value)) throw new OitError("notFinite", { value: String(value) }, where);
  return new Dec(value);
}

function finiteDecimal(value: Dec, where: Where | undefined): Dec {
  if (!value.isFinite()) throw new OitError("notFinite", { value: value.toString() }, where);
  return value;
}

/** A date as the economist typed it (2027-03-01, with the time when it has one), not JavaScript's long form. */
function shownDate(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

function shown(value: unknown): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date && !Number.isNaN(value.getTime())) return shownDate(value);
  return typeof value === "string" ? value.trim() : String(value);
}
