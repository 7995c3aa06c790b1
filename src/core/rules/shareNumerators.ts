import type { Dec } from "../decimal";
import { unitsOf } from "./units";

export interface KeyFraction {
  /** share_i × 10^k for the smallest k that makes every share whole. */
  numerators: bigint[];
  /** Σ numerators: shares are applied as numerator_i / total, exact fractions summing to 1. */
  total: bigint;
}

/**
 * A validated key as exact integer weights. Dividing by their own sum (not by 10^k) means a
 * key accepted within the 1e-9 tolerance still splits an amount into parts that sum to it.
 */
export function shareNumerators(shares: readonly Dec[]): KeyFraction {
  const scale = Math.max(...shares.map((share) => share.decimalPlaces()));
  const numerators = shares.map((share) => unitsOf(share, scale));
  const total = numerators.reduce((sum, n) => sum + n, 0n);
  return { numerators, total };
}
