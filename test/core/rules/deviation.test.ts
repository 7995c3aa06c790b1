import fc from "fast-check";
import { Dec } from "../../../src/core/decimal";
import { deviation, deviationPct } from "../../../src/core/rules";
import { expectOitError } from "../expectOitError";
import { amountArb } from "./arbitraries";

describe("deviation (domain.md section 4)", () => {
  test("cost budget 500, outcome 620 -> -120 (unfavourable)", () => {
    expect(deviation(500, 620).toString()).toBe("-120");
  });

  test("revenue budget -300, outcome -350 -> +50 (favourable)", () => {
    expect(deviation(-300, -350).toString()).toBe("50");
  });

  test("öre are exact, never binary floats", () => {
    expect(deviation(0.3, 0.1).toString()).toBe("0.2");
  });

  test("property: budget = outcome + deviation, exactly", () => {
    fc.assert(
      fc.property(amountArb, amountArb, (budget, outcome) => {
        expect(outcome.plus(deviation(budget, outcome)).eq(budget)).toBe(true);
      })
    );
  });

  test("a bad value names the argument", () => {
    expectOitError(() => deviation("x", 1), "notANumber", { sv: ["budget"], en: ["budget"] });
    expectOitError(() => deviation(1, NaN), "notFinite", { sv: ["utfall"], en: ["outcome"] });
  });
});

describe("deviationPct", () => {
  test("relative to the budget's magnitude, so the sign keeps its meaning", () => {
    expect(deviationPct(500, 620).toString()).toBe("-0.24");
    expect(deviationPct(-300, -350).toString()).toBe(new Dec(50).div(300).toString());
    expect(deviationPct(-300, -350).gt(0)).toBe(true);
  });

  test("a zero budget is divisionByZero, not Infinity or NaN", () => {
    expectOitError(() => deviationPct(0, 10), "divisionByZero", { sv: ["budget"], en: ["budget"] });
  });
});
