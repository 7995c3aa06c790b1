import { toNumber } from "../decimal";
import { OitError, type Where } from "../errors";
import { parseRequiredNumber } from "./parseNumber";

/** A number of users: a whole number >= 0, given (a blank count is an error, not 0). */
export function parseUserCount(value: unknown, where?: Where): number {
  // A count as Excel passes it is a number; this answers it without a Dec (KEY over 100 000 rows).
  // + 0 turns -0 into 0.
  if (typeof value === "number" && Number.isSafeInteger(value) && value >= 0) return value + 0;
  const users = parseRequiredNumber(value, where);
  if (users.lt(0)) throw new OitError("usersNegative", { value: toNumber(users) }, where);
  if (!users.isInteger() || users.gt(Number.MAX_SAFE_INTEGER)) {
    throw new OitError("usersFractional", { value: toNumber(users) }, where);
  }
  return toNumber(users);
}
