import { Dec } from "../decimal";
import { OitError, type Where } from "../errors";
import { excelErrorOf } from "../input/excelErrors";
import { isBlank } from "../input";
import { parseNumberText } from "../input/numberText";

/**
 * An amount as read from an export: whole öre in a safe integer when it has at most two decimals (every
 * financial system writes kronor and öre), else an exact decimal. Summing 100 000 rows in plain integers
 * keeps the import within a few times the bare parse, where a decimal object per cell would not.
 */
export type ReadAmount = number | Dec;

/** A running exact sum of read amounts: integer öre while they stay safe, a decimal for the rest. */
export class ExactSum {
  private ore = 0;
  private rest: Dec | null = null;

  /** A read amount, or another sum (the #TRANS of an object list, summed as they were read). */
  add(amount: ReadAmount | ExactSum): void {
    if (amount instanceof ExactSum) {
      this.add(amount.ore);
      if (amount.rest) this.addDecimal(amount.rest);
    } else if (typeof amount === "number") {
      const sum = this.ore + amount;
      if (Number.isSafeInteger(sum)) this.ore = sum;
      else this.addDecimal(new Dec(amount).div(100));
    } else this.addDecimal(amount);
  }

  private addDecimal(amount: Dec): void {
    this.rest = this.rest ? this.rest.plus(amount) : amount;
  }

  value(): Dec {
    const ore = new Dec(this.ore).div(100);
    return this.rest ? ore.plus(this.rest) : ore;
  }
}

const MINUS = /^[-\u2212\u2013]/;
/** Decimal comma; thousands grouped by a space, no-break, narrow no-break, thin or figure space, or not at all. */
const commaNumber = /^([-\u2212\u2013+]?)[ \u00a0]*(\d{1,3}(?:[ \u00a0\u202f\u2009\u2007]\d{3})+|\d+)(?:,(\d*))?$/;
const dotNumber = /^([-\u2212\u2013+]?)(\d+)(?:\.(\d*))?$/;
const GROUPS = /\D/g;
const SAFE_DIGITS = 13;

function fromParts(sign: string, whole: string, fraction: string | undefined): ReadAmount {
  const decimals = fraction ?? "";
  whole = whole.replace(GROUPS, "");
  if (decimals.length <= 2 && whole.length <= SAFE_DIGITS) {
    const ore = Number(whole) * 100 + Number(decimals.padEnd(2, "0"));
    return sign && !sign.startsWith("+") && ore !== 0 ? -ore : ore;
  }
  const magnitude = new Dec(`${whole}.${decimals || "0"}`);
  return MINUS.test(sign) ? magnitude.negated() : magnitude;
}

/**
 * An amount cell of a CSV export in its decimal convention: "-702 345,60" (decimal comma, thousands grouped
 * by spaces) or "-702345.60" (decimal point). Blank is 0; anything else is undefined (the caller names the cell).
 */
export function parseTextAmount(text: string, decimalSeparator: "," | "."): ReadAmount | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return 0;
  const match = (decimalSeparator === "," ? commaNumber : dotNumber).exec(trimmed);
  if (!match) return undefined;
  return fromParts(match[1], match[2], match[3]);
}

/** A number as Excel stores it (a binary double): whole öre when it has at most two decimals, else its exact decimal. */
export function numberAmount(value: number): ReadAmount | undefined {
  if (!Number.isFinite(value)) return undefined;
  const ore = Math.round(value * 100);
  if (Number.isSafeInteger(ore) && ore / 100 === value) return ore === 0 ? 0 : ore;
  return new Dec(value);
}

/**
 * A cell of a sheet or table export as an amount: a number, Swedish number text ("1 234,50"), or blank (0).
 * An error value or a word is an OitError at `where`.
 */
export function cellAmount(value: unknown, where: () => Where): ReadAmount {
  if (typeof value === "number") {
    const amount = numberAmount(value);
    if (amount === undefined) throw new OitError("notFinite", { value: String(value) }, where());
    return amount;
  }
  if (isBlank(value)) return 0;
  const error = excelErrorOf(value);
  if (error !== undefined) throw new OitError("errorValue", { value: error }, where());
  const parsed = typeof value === "string" ? parseNumberText(value) : undefined;
  if (parsed === undefined) throw new OitError("notANumber", { value: String(value).trim() }, where());
  return parsed;
}
