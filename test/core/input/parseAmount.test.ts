import fc from "fast-check";
import { Dec } from "../../../src/core/decimal";
import { parseAmount, parseNumber, parseRequiredAmount } from "../../../src/core/input";
import { expectOitError } from "../expectOitError";

const cell = { table: "Underlag", row: 7, column: 3 };
const named = { sv: ["rad 7", "kolumn 3"], en: ["row 7", "column 3"] };

function amount(value: unknown): string {
  return parseAmount(value, cell).toString();
}

describe("parseAmount", () => {
  test.each([
    [1234.5, "1234.5"],
    [-90, "-90"],
    [0.1, "0.1"],
    ["1 234,50", "1234.5"],
    ["1\u00a0234,50", "1234.5"],
    ["1\u202f234,50", "1234.5"],
    ["1\u2009234\u2009567", "1234567"],
    ["\u221290", "-90"],
    ["-90", "-90"],
    ["\u201390", "-90"],
    ["\u2212 1 234", "-1234"],
    ["+12", "12"],
    ["1234.5", "1234.5"],
    [",5", "0.5"],
    ["  42  ", "42"],
    ["44,7 %", "0.447"],
    ["44,7%", "0.447"],
    ["\u221212,5\u00a0%", "-0.125"],
  ])("reads %j as %s", (value, expected) => {
    expect(amount(value)).toBe(expected);
  });

  test.each([null, undefined, "", "   ", "\u00a0"])("a blank cell (%j) is 0", (value) => {
    expect(parseAmount(value).isZero()).toBe(true);
  });

  test("a Dec passes through", () => {
    expect(amount(new Dec("12.34"))).toBe("12.34");
  });

  test.each(["#N/A", "#VALUE!", "#DIV/0!", "#REF!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA"])(
    "the Excel error %s is errorValue naming the cell",
    (value) => {
      const error = expectOitError(() => parseAmount(value, cell), "errorValue", {
        sv: [...named.sv, value],
        en: [...named.en, value],
      });
      expect(error.where).toEqual(cell);
    }
  );

  test("an ExcelJS error object is errorValue", () => {
    expectOitError(() => parseAmount({ error: "#REF!" }, cell), "errorValue", { sv: ["#REF!"] });
  });

  test.each([true, false, "tusen", "12 34", "1,234.50", "5.", "-", "%", "1 234,5 kr", {}])(
    "%j is notANumber naming the cell",
    (value) => {
      const error = expectOitError(() => parseAmount(value, cell), "notANumber", named);
      expect(error.where).toEqual(cell);
    }
  );

  test("a boolean is shown as Excel shows it", () => {
    expectOitError(() => parseAmount(true, cell), "notANumber", { sv: ["TRUE"], en: ["TRUE"] });
  });

  test.each([NaN, Infinity, -Infinity])("%p is notFinite naming the cell", (value) => {
    expectOitError(() => parseAmount(value, cell), "notFinite", named);
  });

  test("a non-finite Dec is notFinite", () => {
    expectOitError(() => parseAmount(new Dec(NaN), cell), "notFinite", named);
  });

  test("Swedish-formatted amounts (Intl sv-SE: U+2212 minus, no-break spaces) read back exactly", () => {
    const format = new Intl.NumberFormat("sv-SE", { minimumFractionDigits: 2 });
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), (ore) => {
        const exact = new Dec(ore).div(100);
        expect(parseAmount(format.format(exact.toNumber())).eq(exact)).toBe(true);
      })
    );
  });
});

describe("parseRequiredAmount", () => {
  test("a blank is an error naming the cell, not 0", () => {
    expectOitError(() => parseRequiredAmount(" ", cell), "blank", named);
  });

  test("a value reads as parseAmount reads it", () => {
    expect(parseRequiredAmount("1 000,25", cell).toString()).toBe("1000.25");
  });
});

describe("the precision the engine keeps (decimal.ts, README): amounts to ten decimals", () => {
  test("Excel's binary noise below the tenth decimal is dropped, half away from zero", () => {
    expect(amount(0.1 + 0.2)).toBe("0.3");
    expect(amount(1 - 0.9)).toBe("0.1");
    expect(amount(5e-11)).toBe("1e-10");
    expect(amount(-5e-11)).toBe("-1e-10");
    expect(amount("0,00000000004")).toBe("0");
    expect(parseAmount("1000000000000000000000000000000,12345678905").toFixed()).toBe("1000000000000000000000000000000.1234567891");
    // A Dec is the engine's own value, not a cell: kept as it is.
    expect(parseAmount(new Dec("0.123456789012")).toString()).toBe("0.123456789012");
  });

  test("property: an amount is its decimal value rounded to ten decimals, at any size a cell holds", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const read = parseAmount(value);
        expect(read.decimalPlaces()).toBeLessThanOrEqual(10);
        expect(read.minus(new Dec(value)).abs().lte("5e-11")).toBe(true);
      }),
      { numRuns: 2000 }
    );
  });

  test("shares, counts and weights are read as they are (parseNumber), not to ten decimals", () => {
    expect(parseNumber(0.4473684210526316).toString()).toBe("0.4473684210526316");
    expect(parseNumber("44,12345678912 %").toString()).toBe("0.4412345678912");
  });
});
