import { quotientDecimals, type Dec, type DecLike } from "../decimal";
import { OitError } from "../errors";
import { parseRequiredAmount } from "../input/parseRequiredAmount";
import { checkDecimals, decimalsRange } from "./checkDecimals";
import { fromUnits, unitsOf } from "./units";
import { yearShare } from "./yearShare";

/**
 * The run-rate forecast for the full year (domain.md section 9): the outcome through month m
 * divided by the share of the year through m (m/12, or the profile's weights of jan…m of all),
 * the inverse of periodBudget. Kept to quotientDecimals like the period budget, or, with
 * `decimals`, rounded as Excel's ROUND (half away from zero; -3 whole thousands). A profile with
 * nothing through m gives no rate to run on: an error, not a division by zero.
 */
export function forecast(outcome: DecLike, throughMonth: number, profile?: readonly DecLike[] | null, decimals?: number): Dec {
  const share = yearShare(throughMonth, profile);
  if (share.through.isZero()) throw new OitError("profileZeroThroughMonth", { month: share.month }, { argument: "profile" });
  const amount = parseRequiredAmount(outcome, { argument: "outcome" });
  const exact = amount.times(share.whole).div(share.through).toDecimalPlaces(quotientDecimals);
  if (decimals === undefined) return exact;
  const unit = checkDecimals(decimals, decimalsRange);
  return fromUnits(unitsOf(exact, unit), unit);
}
