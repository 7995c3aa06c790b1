import { toNumber } from "../decimal";
import { OitError, type Where } from "../errors";
import { parseRequiredAmount } from "./parseRequiredAmount";

/** A number of users: a whole number >= 0, given (a blank count is an error, not 0). */
export function parseUserCount(value: unknown, where?: Where): number {
  const users = parseRequiredAmount(value, where);
  if (users.lt(0)) throw new OitError("usersNegative", { value: toNumber(users) }, where);
  if (!users.isInteger() || users.gt(Number.MAX_SAFE_INTEGER)) {
    throw new OitError("usersFractional", { value: toNumber(users) }, where);
  }
  return toNumber(users);
}
