import type { Dec } from "../decimal";
import type { Where } from "../errors";
import { atAmountPrecision } from "./parseAmount";
import { parseRequiredNumber } from "./parseNumber";

/** Like parseAmount, for values that must be given: a blank cell is an error, not 0. */
export function parseRequiredAmount(value: unknown, where?: Where): Dec {
  return atAmountPrecision(value, parseRequiredNumber(value, where));
}
