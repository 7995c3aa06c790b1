import type { Where } from "../errors";
import { isBlank } from "./isBlank";
import { parseWholeNumber } from "./parseWholeNumber";

/** An optional number of decimals within [min, max]; omitted or blank means `fallback`. */
export function parseDecimals(value: unknown, min: number, max: number, fallback: number, where?: Where): number {
  if (isBlank(value)) return fallback;
  return parseWholeNumber(value, { min, max }, "decimalsRange", where);
}
