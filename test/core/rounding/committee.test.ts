import { Dec } from "../../../src/core/decimal";
import { chooseForCommittee } from "../../../src/core/rounding/committee";
import type { SumRows } from "../../../src/core/rounding/group";
import type { PartRounding } from "../../../src/core/rounding/part";
import { tripleFigures } from "../../../src/core/rounding/section";

/* The selector on hand-made options, to reach the case where no within-1 committee exists. */

/** A part rounding whose Summa intäkter minuend shows floor + up (the floor given), nothing else in it. */
const option = (floor: number, up: number, distance: number): PartRounding => ({
  revenue: { sum: [up, 0], lines: [], distance },
  cost: { sum: [0, 0], lines: [], distance: 0 },
  shown: [BigInt(floor + up), 0n, 0n, 0n],
  ups: [up, 0, 0, 0],
  distance,
});

const triple = (minuend: number) => tripleFigures([new Dec(minuend), new Dec(0), new Dec(minuend)]);

// Committee exact: Summa intäkter minuend 1, nothing else, so its Total minuend is 1 too.
const sums: SumRows = [triple(1), triple(0), triple(1)];

describe("chooseForCommittee", () => {
  it("takes a dearer part rounding when that keeps the committee within 1", () => {
    const cheapUp = option(0, 1, 0);
    const dearDown = option(0, 0, 700);
    expect(chooseForCommittee([[option(0, 1, 0)], [cheapUp, dearDown]], sums).picks[1]).toBe(dearDown);
  });

  it("when no choice keeps the committee within 1, takes the one fewest units off before the nearest", () => {
    const nearButTwoOff = option(1, 1, 0);
    const farButOneOff = option(1, 0, 900);
    const choice = chooseForCommittee([[nearButTwoOff, farButOneOff], [option(0, 1, 0)]], sums);
    expect(choice).toMatchObject({ picks: [farButOneOff, expect.anything()], units: 1 });
  });

  it("when the committee is several units off whichever way, still finds the fewest units off", () => {
    // Three parts whose only choices show 1 each against an exact committee sum of 0: 3 off, nothing better exists.
    const one = option(0, 1, 0);
    expect(chooseForCommittee([[one], [one], [one]], [triple(0), triple(0), triple(0)])).toMatchObject({ picks: [one, one, one], units: 3 });
  });

  it("with equal distances keeps the first option found", () => {
    const first = option(0, 0, 10);
    const second = option(0, 1, 10);
    expect(chooseForCommittee([[first, second]], [triple(0.5), triple(0), triple(0.5)]).picks).toEqual([first]);
  });

  it("with forty parts, keeps the committee within 1 by turning just enough of them", () => {
    // Each part's Summa intäkter minuend is exactly 0.5: up is as near as down, so the committee's 20 decides.
    const parts = Array.from({ length: 40 }, () => [option(0, 0, 500), option(0, 1, 500)]);
    const { picks, units } = chooseForCommittee(parts, [triple(20), triple(0), triple(20)]);
    expect(units).toBe(0);
    expect(picks.reduce((sum, pick) => sum + pick.ups[0], 0)).toBe(20);
  });
});
