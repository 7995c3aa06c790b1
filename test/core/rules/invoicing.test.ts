import fc from "fast-check";
import { Dec } from "../../../src/core/decimal";
import { allocate, key, quarters, settlement } from "../../../src/core/rules";
import { expectOitError } from "../expectOitError";
import { amountArb, decimalsArb, excelRound, keyArb, strings } from "./arbitraries";

const published = key([1700, 2100]);

describe("quarters and settlement (domain.md section 6, worked example)", () => {
  test("budgeted 9 000 -> 4 023 / 4 977 -> quarters 1 006 ×3 + 1 005 and 1 245 + 1 244 ×3", () => {
    const annual = allocate(9000, published);
    expect(strings(annual)).toEqual(["4023", "4977"]);
    expect(strings(quarters(annual[0]))).toEqual(["1006", "1006", "1006", "1005"]);
    expect(strings(quarters(annual[1]))).toEqual(["1245", "1244", "1244", "1244"]);
  });

  test("actual 8 800 -> 3 934 / 4 866 -> settlement -89 / -111 (credits)", () => {
    expect(strings(allocate(8800, published))).toEqual(["3934", "4866"]);
    expect(strings(settlement(8800, published, [4023, 4977]))).toEqual(["-89", "-111"]);
  });

  test("property: the quarters sum exactly to the annual amount on the unit, first quarters largest", () => {
    fc.assert(
      fc.property(amountArb, decimalsArb, (annual, decimals) => {
        const parts = quarters(annual, decimals);
        expect(Dec.sum(...parts).eq(excelRound(annual, decimals))).toBe(true);
        parts.slice(1).forEach((part, q) => expect(part.abs().lte(parts[q].abs())).toBe(true));
      })
    );
  });

  test("property: the settlements sum to round(actual) − Σ invoiced", () => {
    fc.assert(
      fc.property(amountArb, keyArb, decimalsArb, (actual, shares, decimals) => {
        const invoiced = allocate(actual.times("1.05"), shares, decimals);
        const settled = settlement(actual, shares, invoiced, decimals);
        expect(Dec.sum(...settled).eq(excelRound(actual, decimals).minus(Dec.sum(...invoiced)))).toBe(true);
      })
    );
  });

  test("invoiced amounts must be one per party", () => {
    expectOitError(() => settlement(8800, published, [4023]), "shapeMismatch", {
      sv: ["fakturerat", "1 värden", "2 behövs"],
      en: ["invoiced", "1 values", "2 are needed"],
    });
  });

  test("bad amounts name their argument", () => {
    expectOitError(() => settlement("x", published, [1, 2]), "notANumber", { sv: ["faktisk kostnad"] });
    expectOitError(() => settlement(1, published, [1, "#REF!"]), "errorValue", { en: ["invoiced"] });
    expectOitError(() => quarters(Infinity), "notFinite", { sv: ["årsbelopp"], en: ["annual amount"] });
  });
});
