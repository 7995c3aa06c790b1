import type { Dec } from "../decimal";
import { OitError, type Where } from "../errors";
import { isBlank } from "./isBlank";
import { parseAmount } from "./parseAmount";

/** Like parseAmount, for values that must be given: a blank cell is an error, not 0. */
export function parseRequiredAmount(value: unknown, where?: Where): Dec {
  if (isBlank(value)) throw new OitError("blank", {}, where);
  return parseAmount(value, where);
}
