import type { Dec, DecLike } from "../decimal";
import { OitError } from "../errors";
import { parseRequiredAmount } from "../input/parseRequiredAmount";
import { deviation } from "./deviation";

/**
 * The deviation as a fraction of the budget's magnitude, so its sign still says favourable
 * (+) or unfavourable (−) for a revenue line, whose budget is negative.
 */
export function deviationPct(budget: DecLike, outcome: DecLike): Dec {
  const where = { argument: "budget" };
  const base = parseRequiredAmount(budget, where);
  if (base.isZero()) throw new OitError("divisionByZero", {}, where);
  return deviation(base, outcome).div(base.abs());
}
