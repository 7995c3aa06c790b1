import { Dec, type DecLike } from "../decimal";
import { allocate } from "./allocate";

/** Four equal shares: the remainder of the division by 4 then falls on the first quarters. */
const quarterKey = [0, 1, 2, 3].map(() => new Dec("0.25"));

/**
 * The quarterly invoices of an annual amount, in advance (domain.md section 6): four parts on
 * the unit that sum exactly to the annual amount, e.g. 4 023 -> 1 006, 1 006, 1 006, 1 005.
 */
export function quarters(annual: DecLike, decimals = 0): Dec[] {
  return allocate(annual, quarterKey, decimals, { argument: "annualAmount" });
}
