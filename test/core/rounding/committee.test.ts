import { Dec } from "../../../src/core/decimal";
import { chooseForCommittee } from "../../../src/core/rounding/committee";
import type { PartRounding } from "../../../src/core/rounding/part";
import type { ExactTriple } from "../../../src/core/rounding/section";

/* The selector on hand-made options, to reach the case where no within-1 committee exists. */

const option = (revenueBudget: number, distance: number): PartRounding => ({
  revenue: { sum: [revenueBudget, 0], lines: [], distance },
  cost: { sum: [0, 0], lines: [], distance: 0 },
  distance,
});

const triple = (budget: number): ExactTriple => [new Dec(budget), new Dec(0), new Dec(budget)];

// Committee exact: Summa intäkter budget 1, nothing else, so its Total budget is 1 too.
const sums: [ExactTriple, ExactTriple, ExactTriple] = [triple(1), triple(0), triple(1)];

describe("chooseForCommittee", () => {
  it("takes a dearer part rounding when that keeps the committee within 1", () => {
    const cheapUp = option(1, 0);
    const dearDown = option(0, 700);
    expect(chooseForCommittee([[option(1, 0)], [cheapUp, dearDown]], sums)[1]).toBe(dearDown);
  });

  it("when no choice keeps the committee within 1, takes the one fewest units off before the nearest", () => {
    const nearButTwoOff = option(2, 0);
    const farButOneOff = option(1, 900);
    const picks = chooseForCommittee([[nearButTwoOff, farButOneOff], [option(1, 0)]], sums);
    expect(picks[0]).toBe(farButOneOff);
  });

  it("with equal distances keeps the first option found", () => {
    const first = option(0, 10);
    const second = option(1, 10);
    expect(chooseForCommittee([[first, second]], [triple(0.5), triple(0), triple(0.5)])).toEqual([first]);
  });
});
