import fc from "fast-check";
import { Dec } from "../../../src/core/decimal";
import { periodBudget } from "../../../src/core/rules";
import { expectOitError } from "../expectOitError";
import { amountArb } from "./arbitraries";

const flat = Array.from({ length: 12 }, () => 1);

describe("periodBudget (domain.md section 5)", () => {
  test("linear: jan–apr of 1 200 is 400, jan–aug 800, the year 1 200", () => {
    expect(periodBudget(1200, 4).toString()).toBe("400");
    expect(periodBudget(1200, 8).toString()).toBe("800");
    expect(periodBudget(1200, 12).toString()).toBe("1200");
  });

  test("a profile need not sum to 1: it is normalised", () => {
    const januaryOnly = [1, ...Array.from({ length: 11 }, () => 0)];
    expect(periodBudget(1200, 1, januaryOnly).toString()).toBe("1200");
    const lowJuly = flat.map((weight, i) => (i === 6 ? 0.5 : weight));
    expect(periodBudget(2300, 7, lowJuly).toString()).toBe("1300");
  });

  test("a flat profile equals the linear budget; null means no profile", () => {
    fc.assert(
      fc.property(amountArb, fc.integer({ min: 1, max: 12 }), (annual, month) => {
        expect(periodBudget(annual, month, flat).eq(periodBudget(annual, month, null))).toBe(true);
        expect(periodBudget(annual, 12, flat).eq(annual)).toBe(true);
      })
    );
  });

  test("property: a profile's period budgets grow with the month and reach the annual amount", () => {
    const profileArb = fc
      .array(fc.integer({ min: 0, max: 1000 }), { minLength: 12, maxLength: 12 })
      .filter((weights) => weights.some((w) => w > 0));
    fc.assert(
      fc.property(amountArb.map((a) => a.abs()), profileArb, (annual, profile) => {
        const budgets = flat.map((_, m) => periodBudget(annual, m + 1, profile));
        budgets.slice(1).forEach((budget, m) => expect(budget.gte(budgets[m])).toBe(true));
        expect(budgets[11].minus(annual).abs().lt(new Dec("1e-25"))).toBe(true);
      })
    );
  });

  test.each([0, 13, 2.5])("month %p is monthRange", (month) => {
    expectOitError(() => periodBudget(1200, month), "monthRange", { sv: ["månad"], en: ["month"] });
  });

  test("a profile of all zeros is profileZero", () => {
    expectOitError(() => periodBudget(1200, 4, Array(12).fill(0)), "profileZero", { sv: ["profil"], en: ["profile"] });
  });

  test("a profile of 11 weights is profileLength", () => {
    expectOitError(() => periodBudget(1200, 4, flat.slice(1)), "profileLength", { sv: ["11"], en: ["11"] });
  });

  test("a negative weight names its month", () => {
    const profile = flat.map((weight, i) => (i === 2 ? -1 : weight));
    expectOitError(() => periodBudget(1200, 4, profile), "profileNegative", { sv: ["månad 3"], en: ["month 3"] });
  });

  test("a bad annual budget names the argument", () => {
    expectOitError(() => periodBudget("#N/A", 4), "errorValue", { sv: ["årsbudget"], en: ["annual budget"] });
  });
});
