import { Dec } from "../decimal";
import { OitError, type Where } from "../errors";

/** How far from 100 % a decided key may sum (rounding of an unrounded key typed into cells). */
const tolerance = new Dec("1e-9");

/**
 * A key must be applied as decided: every share finite and >= 0, and the shares summing to 1
 * within 1e-9. A key off by more is an error, never silently rescaled.
 */
export function validateKey(shares: readonly Dec[], where?: Where): void {
  if (shares.length === 0) throw new OitError("keyEmpty", {}, where);
  shares.forEach((share, i) => validateShare(share, i, where));
  const sum = Dec.sum(...shares);
  if (sum.minus(1).abs().gt(tolerance)) {
    throw new OitError("keySum", { sum: sum.times(100).toSignificantDigits(15).toNumber() }, where);
  }
}

function validateShare(share: Dec, i: number, where: Where | undefined): void {
  if (!(share instanceof Dec) || !share.isFinite()) {
    throw new OitError("notFinite", { value: String(share) }, where);
  }
  if (share.lt(0)) throw new OitError("keyNegative", { position: i + 1, value: share.toNumber() }, where);
}
