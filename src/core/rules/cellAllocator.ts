import type { Dec } from "../decimal";
import type { Where } from "../errors";
import { unitAllocator } from "./unitAllocator";
import { safeUnitsToNumber, unitsToNumber } from "./units";

/** Splits one amount into the numbers a custom function returns to its cells. */
export type CellAllocation = (amount: unknown, where?: Where) => number[];

/**
 * allocator for a custom function, whose cells take numbers: each part is the number
 * toNumber(allocator(...)(amount)[i]) would give (the nearest to the exact part, never -0),
 * found from the part's units without building a Dec and reading it back.
 */
export function cellAllocator(shares: readonly Dec[], decimals = 0): CellAllocation {
  return unitAllocator(shares, decimals, { safe: safeUnitsToNumber, exact: unitsToNumber });
}
