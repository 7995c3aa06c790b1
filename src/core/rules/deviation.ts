import type { Dec, DecLike } from "../decimal";
import { parseRequiredAmount } from "../input/parseRequiredAmount";

/**
 * Avvikelse = budget − outcome (domain.md section 4). With revenues negative and costs
 * positive, a positive deviation is favourable for both kinds of line.
 */
export function deviation(budget: DecLike, outcome: DecLike): Dec {
  return parseRequiredAmount(budget, { argument: "budget" }).minus(
    parseRequiredAmount(outcome, { argument: "outcome" })
  );
}
