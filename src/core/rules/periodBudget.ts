import { Dec, quotientDecimals, type DecLike } from "../decimal";
import { OitError } from "../errors";
import { parseMonth } from "../input/parseMonth";
import { parseRequiredNumber } from "../input/parseNumber";
import { parseRequiredAmount } from "../input/parseRequiredAmount";

const profileWhere = { argument: "profile" };

/**
 * The budget for jan–throughMonth (domain.md section 5): annual × m/12, or, with a monthly
 * profile of 12 weights, annual × (weights of jan…m) / (all weights); the profile need not sum to 1.
 * A quotient, so kept to quotientDecimals (decimal.ts), not to the precision's hundreds of digits.
 */
export function periodBudget(annual: DecLike, throughMonth: number, profile?: readonly DecLike[] | null): Dec {
  const month = parseMonth(throughMonth, { argument: "month" });
  const amount = parseRequiredAmount(annual, { argument: "annualBudget" });
  if (profile === null || profile === undefined) return amount.times(month).div(12).toDecimalPlaces(quotientDecimals);
  const weights = profileWeights(profile);
  return amount.times(Dec.sum(...weights.slice(0, month))).div(Dec.sum(...weights)).toDecimalPlaces(quotientDecimals);
}

function profileWeights(profile: readonly DecLike[]): Dec[] {
  if (profile.length !== 12) throw new OitError("profileLength", { count: profile.length }, profileWhere);
  const weights = profile.map((weight, i) => {
    const parsed = parseRequiredNumber(weight, profileWhere);
    if (parsed.lt(0)) throw new OitError("profileNegative", { position: i + 1, value: parsed.toNumber() }, profileWhere);
    return parsed;
  });
  if (weights.every((weight) => weight.isZero())) throw new OitError("profileZero", {}, profileWhere);
  return weights;
}
