import type { Dec } from "../decimal";
import type { Where } from "../errors";
import { unitAllocator } from "./unitAllocator";
import { fromSafeUnits, fromUnits } from "./units";

/** Splits one amount: a Dec, a number or a raw cell value (read as parseRequiredAmount reads it). */
export type Allocation = (amount: unknown, where?: Where) => Dec[];

/**
 * Allocation by one key to one unit, for many amounts (domain.md section 2): exact parts as Dec
 * that sum to the amount rounded to the unit; see unitAllocator.
 */
export function allocator(shares: readonly Dec[], decimals = 0): Allocation {
  return unitAllocator(shares, decimals, { safe: fromSafeUnits, exact: fromUnits });
}
