import { quotientDecimals, type Dec, type DecLike } from "../decimal";
import { parseRequiredAmount } from "../input/parseRequiredAmount";
import { yearShare } from "./yearShare";

/**
 * The budget for jan–throughMonth (domain.md section 5): annual × m/12, or, with a monthly
 * profile of 12 weights, annual × (weights of jan…m) / (all weights); the profile need not sum to 1.
 * A quotient, so kept to quotientDecimals (decimal.ts), not to the precision's hundreds of digits.
 */
export function periodBudget(annual: DecLike, throughMonth: number, profile?: readonly DecLike[] | null): Dec {
  const share = yearShare(throughMonth, profile);
  const amount = parseRequiredAmount(annual, { argument: "annualBudget" });
  return amount.times(share.through).div(share.whole).toDecimalPlaces(quotientDecimals);
}
