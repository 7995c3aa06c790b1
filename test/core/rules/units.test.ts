import fc from "fast-check";
import { Dec, toNumber } from "../../../src/core/decimal";
import {
  fromSafeUnits,
  fromUnits,
  numberUnits,
  safeNumberUnits,
  safeUnitsToNumber,
  unitsOf,
  unitsToNumber,
} from "../../../src/core/rules/units";
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

  test("safeNumberUnits leaves halves of the unit to the decimal text, and never gives -0", () => {
    expect(safeNumberUnits(1234.56, 0)).toBe(1235);
    expect(safeNumberUnits(-1234.56, 2)).toBe(-123456);
    expect(safeNumberUnits(1234567.89, -3)).toBe(1235);
    expect(safeNumberUnits(12.5, 0)).toBeUndefined();
    expect(safeNumberUnits(1.005, 2)).toBeUndefined();
    expect(safeNumberUnits(2 ** 44, 0)).toBeUndefined();
    expect(Object.is(safeNumberUnits(-0.4, 0), 0)).toBe(true);
  });

  test("property: safeNumberUnits equals the Dec path whenever it answers, near halves and 2^44 units included", () => {
    const nearHalf = fc
      .tuple(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 6 }), fc.integer({ min: -3, max: 3 }))
      .map(([whole, places, nudge]) => {
        const value = (whole * 10 + 5) / 10 ** places;
        return value + nudge * Number.EPSILON * Math.abs(value);
      });
    const nearLimit = fc
      .tuple(fc.integer({ min: -4, max: 4 }), fc.integer({ min: -1000, max: 1000 }))
      .map(([decimals, offset]) => [(2 ** 44 + offset) / 10 ** decimals, decimals] as const);
    // Half a unit on top of 2^42..2^46 units: where the float product's error is largest, and beyond the limit.
    const largeHalves = fc
      .tuple(fc.integer({ min: -3, max: 4 }), fc.integer({ min: 2 ** 42, max: 2 ** 46 }))
      .map(([decimals, units]) => [(units * 10 + 5) / 10 ** (decimals + 1), decimals] as const);
    const anyNumber = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }),
      fc.integer({ min: -1e13, max: 1e13 }).map((ore) => ore / 100),
      nearHalf
    );
    const cases = fc.oneof(fc.tuple(anyNumber, decimalsArb), nearLimit, largeHalves);
    fc.assert(
      fc.property(cases, ([value, decimals]) => {
        const fast = safeNumberUnits(value, decimals);
        if (fast !== undefined) expect(BigInt(fast)).toBe(unitsOf(new Dec(value), decimals));
      }),
      { numRuns: 3000 }
    );
  });

  test("property: safeNumberUnits answers for amounts in öre that are not a half krona", () => {
    const ore = fc.integer({ min: -1e13, max: 1e13 }).filter((n) => Math.abs(n % 100) !== 50);
    fc.assert(fc.property(ore, (n) => expect(safeNumberUnits(n / 100, 0)).toBeDefined()));
  });

  test("property: fromSafeUnits is fromUnits for safe integers", () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), decimalsArb, (units, decimals) => {
        expect(fromSafeUnits(units, decimals).eq(fromUnits(BigInt(units), decimals))).toBe(true);
      })
    );
  });

  test("property: safeUnitsToNumber and unitsToNumber give toNumber of the exact Dec", () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), fc.integer({ min: -15, max: 15 }), (units, decimals) => {
        const exact = toNumber(fromUnits(BigInt(units), decimals));
        expect(Object.is(safeUnitsToNumber(units, decimals), exact)).toBe(true);
        expect(Object.is(unitsToNumber(BigInt(units) * 1000n, decimals + 3), exact)).toBe(true);
      })
    );
  });
});
