import { Dec, toAmount } from "../decimal";
import type { Where } from "../errors";
import { parseNumber } from "./parseNumber";

/**
 * A raw cell value as an exact amount, at the engine's precision (decimal.ts: ten decimals, the
 * binary noise below dropped). A blank cell is 0 (an empty ledger cell means nothing was booked);
 * everything else that is not a number is an error naming `where`.
 */
export function parseAmount(value: unknown, where?: Where): Dec {
  return atAmountPrecision(value, parseNumber(value, where));
}

/**
 * A cell's number or text read to the engine's precision. A Dec is the engine's own exact value
 * (a period budget kept to its quotient decimals, say), not a cell, so it stays as it is.
 */
export function atAmountPrecision(value: unknown, parsed: Dec): Dec {
  return value instanceof Dec ? parsed : toAmount(parsed);
}
