import { toAmount, type Dec } from "../decimal";
import type { Where } from "../errors";
import { parseNumber } from "./parseNumber";

/**
 * A raw cell value as an exact amount, at the engine's precision (decimal.ts: ten decimals, the
 * binary noise below dropped). A blank cell is 0 (an empty ledger cell means nothing was booked);
 * everything else that is not a number is an error naming `where`.
 */
export function parseAmount(value: unknown, where?: Where): Dec {
  return toAmount(parseNumber(value, where));
}
