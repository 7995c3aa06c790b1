import { toNumber, type Dec } from "../decimal";
import { OitError, type MessageParams, type Where } from "../errors";
import type { MessageCode } from "../messages";
import { parseRequiredNumber } from "./parseNumber";

/**
 * A required whole number within [min, max]; anything else raises `code` with the value
 * as typed, so each caller keeps its own wording (month, decimals, users).
 */
export function parseWholeNumber(
  value: unknown,
  range: { min: number; max: number },
  code: MessageCode,
  where?: Where
): number {
  const parsed: Dec = parseRequiredNumber(value, where);
  if (!parsed.isInteger() || parsed.lt(range.min) || parsed.gt(range.max)) {
    const params: MessageParams = { value: toNumber(parsed), min: range.min, max: range.max };
    throw new OitError(code, params, where);
  }
  return toNumber(parsed);
}
