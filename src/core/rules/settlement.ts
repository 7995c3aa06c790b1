import type { Dec, DecLike } from "../decimal";
import { OitError } from "../errors";
import { parseRequiredAmount } from "../input/parseRequiredAmount";
import { allocate } from "./allocate";

/**
 * The year-end settlement (domain.md section 6): each member's key share of the actual net
 * shared cost, allocated exactly, minus what it was invoiced. Positive is invoiced, negative credited.
 */
export function settlement(
  actualShared: DecLike,
  shares: readonly Dec[],
  invoiced: readonly DecLike[],
  decimals = 0
): Dec[] {
  const where = { argument: "invoiced" };
  if (invoiced.length !== shares.length) {
    throw new OitError("shapeMismatch", { actual: invoiced.length, expected: shares.length }, where);
  }
  return allocate(actualShared, shares, decimals, { argument: "actual" }).map((part, i) =>
    part.minus(parseRequiredAmount(invoiced[i], where))
  );
}
