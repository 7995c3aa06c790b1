import fc from "fast-check";
import { Dec, toNumber } from "../../../src/core/decimal";
import {
  fromSafeUnits,
  fromUnits,
  numberDecimals,
  safeUnitsToNumber,
  scaledMagnitude,
  unitsOf,
  unitsToNumber,
} from "../../../src/core/rules/units";
import { expectOitError } from "../expectOitError";
import { decimalsArb } from "./arbitraries";

describe("units: the exact bridges allocate's hot path relies on", () => {
  test("numberDecimals finds the decimals Dec reads from a number, from the unit's", () => {
    expect(numberDecimals(1234.56, 0)).toBe(2);
    expect(numberDecimals(1000, 0)).toBe(0);
    expect(numberDecimals(1000, 2)).toBe(2);
    expect(numberDecimals(1.005, 0)).toBe(3);
    expect(numberDecimals(0.1 + 0.2, 0)).toBe(-1);
    expect(numberDecimals(1e-7, 0)).toBe(7);
    expect(numberDecimals(2 ** 50, 0)).toBe(-1);
    expect(scaledMagnitude(-1234.56, 2)).toBe(123456);
  });

  test("property: numberDecimals and scaledMagnitude are the Dec path, for any finite number", () => {
    const numbers = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }),
      fc.integer({ min: -1e13, max: 1e13 }).map((ore) => ore / 100),
      fc.tuple(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 12 })).map(([m, d]) => m / 10 ** d)
    );
    fc.assert(
      fc.property(numbers, fc.integer({ min: 0, max: 10 }), (value, from) => {
        const read = new Dec(value);
        const decimals = numberDecimals(value, from);
        if (decimals < 0) {
          const places = Math.max(read.decimalPlaces(), from);
          expect(places > 10 || read.abs().times(new Dec(10).pow(places)).gte(2 ** 50)).toBe(true);
        } else {
          expect(decimals).toBe(Math.max(read.decimalPlaces(), from));
          expect(new Dec(scaledMagnitude(value, decimals)).eq(read.abs().times(new Dec(10).pow(decimals)))).toBe(true);
        }
      }),
      { numRuns: 3000 }
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

  test("a part beyond what a cell holds is resultTooLarge, never Infinity", () => {
    expectOitError(() => unitsToNumber(2n * 10n ** 308n, 0), "resultTooLarge", { sv: ["2e+308"], en: ["Excel cell"] });
  });
});
