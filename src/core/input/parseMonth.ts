import type { Where } from "../errors";
import { parseWholeNumber } from "./parseWholeNumber";

/** The last month of an accumulated period: 1 (jan) to 12 (dec). */
export function parseMonth(value: unknown, where?: Where): number {
  return parseWholeNumber(value, { min: 1, max: 12 }, "monthRange", where);
}
