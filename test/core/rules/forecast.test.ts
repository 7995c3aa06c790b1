import fc from "fast-check";
import { Dec } from "../../../src/core/decimal";
import { forecast, periodBudget } from "../../../src/core/rules";
import { expectOitError } from "../expectOitError";
import { decimalsArb, excelRound, offUnitAmountArb } from "./arbitraries";

const januaryOnly = [1, ...Array.from({ length: 11 }, () => 0)];

/** A month and, half of the time, a profile of 12 weights (whole or with decimals) with some weight through it. */
const yearArb = fc
  .tuple(
    fc.integer({ min: 1, max: 12 }),
    fc.option(
      fc.array(fc.oneof(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 10_000 }).map((w) => w / 100)), {
        minLength: 12,
        maxLength: 12,
      }),
      { nil: null }
    )
  )
  .filter(([month, profile]) => profile === null || profile.slice(0, month).some((weight) => weight > 0));

/** At the precision the engine keeps amounts (ten decimals). */
function asAmount(value: Dec): Dec {
  return value.toDecimalPlaces(10);
}

describe("forecast: the full year by run rate (issue 9 point 3, domain.md section 9)", () => {
  test("linear: 800 through August is 1 200 for the year; 400 through April too", () => {
    expect(forecast(800, 8).toString()).toBe("1200");
    expect(forecast(400, 4).toString()).toBe("1200");
    expect(forecast(-2160, 12).toString()).toBe("-2160");
  });

  test("by a profile: the outcome divided by the profile's share through the month", () => {
    expect(forecast(1200, 1, januaryOnly).toString()).toBe("1200");
    const lowJuly = Array.from({ length: 12 }, (_, i) => (i === 6 ? 1 : 2));
    expect(forecast(1300, 7, lowJuly).toString()).toBe("2300");
  });

  test("decimals round as Excel's ROUND, half away from zero; omitted, the quotient stays unrounded", () => {
    expect(forecast(1000, 7).toString()).toBe("1714.28571428571428571429");
    expect(forecast(1000, 7, null, 0).toString()).toBe("1714");
    expect(forecast(-1000, 7, null, -3).toString()).toBe("-2000");
    expect(forecast(875, 7, null, 0).toString()).toBe("1500");
    expectOitError(() => forecast(1, 7, null, 16), "decimalsRange");
  });

  test("a profile with no weight through the month is an error, as are a bad month and a blank outcome", () => {
    const lateStart = [0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1];
    expectOitError(() => forecast(100, 3, lateStart), "profileZeroThroughMonth", {
      sv: ["januari–månad 3", "profil"],
      en: ["January through month 3"],
    });
    expectOitError(() => forecast(100, 13), "monthRange");
    expectOitError(() => forecast("", 4), "blank", { en: ["outcome"] });
  });

  test("property: the exact inverse of periodBudget, both ways, at the engine's precision", () => {
    fc.assert(
      fc.property(offUnitAmountArb, yearArb, (amount, [month, profile]) => {
        expect(asAmount(forecast(periodBudget(amount, month, profile), month, profile)).eq(amount)).toBe(true);
        expect(asAmount(periodBudget(forecast(amount, month, profile), month, profile)).eq(amount)).toBe(true);
      }),
      { numRuns: 2000 }
    );
  });

  test("property: with decimals, the forecast of a period budget is the annual amount on that unit exactly", () => {
    fc.assert(
      fc.property(offUnitAmountArb, yearArb, decimalsArb, (amount, [month, profile], decimals) => {
        const annual = excelRound(amount, decimals);
        expect(forecast(periodBudget(annual, month, profile), month, profile, decimals).eq(annual)).toBe(true);
      }),
      { numRuns: 2000 }
    );
  });
});
