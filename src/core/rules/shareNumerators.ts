import type { Dec } from "../decimal";
import { powerOfTen, unitsOf } from "./units";

export interface KeyFraction {
  /** share_i × 10^k for the smallest k that makes every share whole (a user count, for the key itself). */
  numerators: bigint[];
  /** 10^k: share_i is exactly numerator_i / denominator, never rescaled. */
  denominator: bigint;
}

/** A key's shares as exact integers over one power of ten. */
export function shareNumerators(shares: readonly Dec[]): KeyFraction {
  const scale = Math.max(...shares.map((share) => share.decimalPlaces()));
  return { numerators: shares.map((share) => unitsOf(share, scale)), denominator: powerOfTen(scale) };
}
