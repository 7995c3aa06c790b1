import fc from "fast-check";
import { Dec } from "../../../src/core/decimal";
import { fromUnits, numberUnits, unitsOf } from "../../../src/core/rules/units";
import { decimalsArb } from "./arbitraries";

describe("units: the exact bridges allocate's hot path relies on", () => {
  test("numberUnits rounds the number's decimal text half away from zero, like Excel's ROUND", () => {
    expect(numberUnits(1.005, 2)).toBe(101n);
    expect(numberUnits(-1.005, 2)).toBe(-101n);
    expect(numberUnits(2.5, 0)).toBe(3n);
    expect(numberUnits(-2.5, 0)).toBe(-3n);
    expect(numberUnits(1234567.89, -3)).toBe(1235n);
    expect(numberUnits(499, -3)).toBe(0n);
    expect(numberUnits(0.04, 0)).toBe(0n);
    expect(numberUnits(1e-7, 2)).toBeUndefined();
  });

  test("property: numberUnits equals the Dec path for any finite number and decimals -3..4", () => {
    const numbers = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }),
      fc.integer({ min: -1e13, max: 1e13 }).map((ore) => ore / 100)
    );
    fc.assert(
      fc.property(numbers, decimalsArb, (value, decimals) => {
        const fast = numberUnits(value, decimals);
        if (fast !== undefined) expect(fast).toBe(unitsOf(new Dec(value), decimals));
      })
    );
  });

  test("property: fromUnits is the exact inverse of unitsOf on the unit", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), decimalsArb, (units, decimals) => {
        const value = fromUnits(units, decimals);
        expect(value.eq(new Dec(units.toString()).times(new Dec(10).pow(-decimals)))).toBe(true);
        expect(unitsOf(value, decimals)).toBe(units);
      })
    );
  });
});
