import type { Dec, DecLike } from "../decimal";
import type { Where } from "../errors";
import { allocator } from "./allocator";

/**
 * Split `amount` by `shares` into parts on the unit 10^-decimals that sum exactly to the
 * amount rounded to that unit (domain.md section 2). For many amounts by one key, use allocator.
 */
export function allocate(amount: DecLike, shares: readonly Dec[], decimals = 0, where?: Where): Dec[] {
  return allocator(shares, decimals)(amount, where);
}
