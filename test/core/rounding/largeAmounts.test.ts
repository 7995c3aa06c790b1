import fc from "fast-check";
import { Dec } from "../../../src/core/decimal";
import { SIX, controlled, partsArb } from "./helpers";
import { expectControlled } from "./promises";

/**
 * Issue 7, item 8: sums past 2^53 (9 007 199 254 740 992) lost additivity in binary numbers.
 * Amounts up to 1e18 with öre shown in kr put every table's sums, and often single lines,
 * past 2^53; the displayed figures must still add up exactly and stay floor or ceiling of exact.
 */
const large: fc.Arbitrary<Dec> = fc
  .tuple(fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }), fc.integer({ min: 0, max: 99 }))
  .map(([kronor, ore]) => new Dec(kronor.toString()).plus(new Dec(ore).div(100)));

describe("controlled rounding past 2^53", () => {
  it("keeps its promises with every sum past 2^53: additive exactly, each figure within 1, the committee the parts' sum", () => {
    fc.assert(
      fc.property(partsArb(large, 3, 4), (parts) => void expectControlled(SIX, parts)),
      { numRuns: 2000 }
    );
  });

  it("shows 2^53 + 1 as itself, where a binary number would show 2^53", () => {
    const odd = new Dec(2).pow(53).plus(1);
    const table = controlled([{ lines: [{ section: "cost", figures: { budget: odd, outcome: new Dec(0), annualBudget: odd, forecast: odd } }] }]).parts[0];
    expect(table.cost.slice(0, 3)).toEqual([9_007_199_254_740_993n, 0n, 9_007_199_254_740_993n]);
  });
});
