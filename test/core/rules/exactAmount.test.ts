import fc from "fast-check";
import { Dec } from "../../../src/core/decimal";
import { parseAmount } from "../../../src/core/input";
import { AmountSum, amountToDec, exactAmount, exactAmountOf, isZeroAmount, type ExactAmount } from "../../../src/core/rules";
import { expectOitError } from "../expectOitError";
import { ledgerCellArb as cellArb } from "./arbitraries";

/** The sum as the report took it before: each cell read by parseAmount, added in Decimal. */
function referenceSum(cells: readonly unknown[]): Dec {
  return cells.reduce<Dec>((total, cell) => total.plus(parseAmount(cell)), new Dec(0));
}

function sumOf(amounts: readonly ExactAmount[]): Dec {
  const sum = new AmountSum();
  for (const amount of amounts) sum.add(amount);
  return amountToDec(sum.total());
}

describe("exact amounts: the ledger's cells on integers, summed exactly", () => {
  test("a cell reads as the exact amount parseAmount gives, at ten decimals of its unit", () => {
    expect(amountToDec(exactAmount(1234.56)).toFixed()).toBe("1234.56");
    expect(exactAmount(1234.56)).toEqual({ units: 123456, decimals: 2 });
    expect(exactAmount(1234.5678)).toEqual({ units: 12345678, decimals: 4 });
    expect(exactAmount(-0.5)).toEqual({ units: -50, decimals: 2 });
    expect(amountToDec(exactAmount(0.1 + 0.2)).toFixed()).toBe("0.3");
    expect(amountToDec(exactAmount(1 / 3)).toFixed()).toBe("0.3333333333");
    expect(amountToDec(exactAmount("1 234,50")).toFixed()).toBe("1234.5");
    expect(amountToDec(exactAmount(1e21)).toFixed()).toBe("1000000000000000000000");
    expect(exactAmount(1e21).units).toBe(10n ** 21n);
    expect(isZeroAmount(exactAmount(null))).toBe(true);
    expect(isZeroAmount(exactAmount("0,00"))).toBe(true);
    expect(isZeroAmount(exactAmount(0.01))).toBe(false);
  });

  test("a cell that is not an amount is the error parseAmount gives", () => {
    expectOitError(() => exactAmount("12 kr"), "notANumber");
    expectOitError(() => exactAmount("#N/A"), "errorValue");
    expectOitError(() => exactAmount(Number.POSITIVE_INFINITY), "notFinite");
    expectOitError(() => exactAmount(Number.NaN), "notFinite");
  });

  test("units stay a number while they are a safe integer, and are a bigint beyond", () => {
    expect(exactAmountOf(new Dec("900719.9254740991"))).toEqual({ units: 9007199254740991, decimals: 10 });
    expect(exactAmountOf(new Dec("900719.9254740992"))).toEqual({ units: 9007199254740992n, decimals: 10 });
    expect(exactAmountOf(new Dec("-0.0000000001"))).toEqual({ units: -1, decimals: 10 });
  });

  test("property: every cell reads as exactly parseAmount's amount", () => {
    fc.assert(
      fc.property(cellArb, (cell) => {
        const amount = exactAmount(cell);
        expect(amountToDec(amount).eq(parseAmount(cell))).toBe(true);
        expect(typeof amount.units === "number" ? Number.isSafeInteger(amount.units) : !Number.isSafeInteger(Number(amount.units))).toBe(true);
      }),
      { numRuns: 3000 }
    );
  });

  test("a sum that passes 2^53 units goes on in bigint, exactly", () => {
    const nearHalf = 450359.9627370496; // 2^52 units of 10^-10
    const sum = new AmountSum();
    [nearHalf, nearHalf, 0.0000000001, -0.0000000001, 1].forEach((cell) => sum.add(exactAmount(cell)));
    expect(sum.total()).toEqual({ units: 2n ** 53n + 10_000_000_000n, decimals: 10 });
    expect(amountToDec(sum.total()).toFixed()).toBe("900720.9254740992");
  });

  test("property: a line's sum is the Decimal sum of its cells, near and past 2^53 and at ten decimals", () => {
    fc.assert(
      fc.property(fc.array(cellArb, { minLength: 0, maxLength: 40 }), (cells) => {
        expect(sumOf(cells.map((cell) => exactAmount(cell))).eq(referenceSum(cells))).toBe(true);
      }),
      { numRuns: 3000 }
    );
  });

  test("property: the sum does not depend on the order of the rows (a rescale to more decimals keeps what came before)", () => {
    fc.assert(
      fc.property(fc.array(cellArb, { minLength: 1, maxLength: 30 }).chain((cells) => fc.tuple(fc.constant(cells), fc.shuffledSubarray(cells, { minLength: cells.length }))), ([cells, shuffled]) => {
        expect(sumOf(shuffled.map((cell) => exactAmount(cell))).eq(sumOf(cells.map((cell) => exactAmount(cell))))).toBe(true);
      }),
      { numRuns: 2000 }
    );
  });
});
