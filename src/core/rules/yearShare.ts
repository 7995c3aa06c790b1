import { Dec, type DecLike } from "../decimal";
import { OitError } from "../errors";
import { parseMonth } from "../input/parseMonth";
import { parseRequiredNumber } from "../input/parseNumber";

const profileWhere = { argument: "profile" };

/** The share of the year through a month as an exact fraction: `through` of `whole`. */
export interface YearShare {
  month: number;
  through: Dec;
  whole: Dec;
}

/**
 * How much of the year lies in jan–throughMonth (domain.md section 5): m of 12, or, with a monthly
 * profile of 12 weights, the weights of jan…m of all the weights (the profile need not sum to 1).
 * The one rule behind both the period budget (annual × share) and the run-rate forecast (outcome ÷ share).
 */
export function yearShare(throughMonth: unknown, profile?: readonly DecLike[] | null): YearShare {
  const month = parseMonth(throughMonth, { argument: "month" });
  if (profile === null || profile === undefined) return { month, through: new Dec(month), whole: new Dec(12) };
  const weights = profileWeights(profile);
  return { month, through: Dec.sum(...weights.slice(0, month)), whole: Dec.sum(...weights) };
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
