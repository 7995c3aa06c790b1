// Properties of the functions as Excel sees them: shapes kept, sums exact on the numbers
// returned, never NaN or -0. The engine's own properties are tested in test/core.
import fc from "fast-check";
import { Dec } from "../../src/core/decimal";
import { ALLOCATE, COSTSPLIT, KEY, QUARTERS } from "../../src/functions/functions";
import { excelRound } from "../core/rules/arbitraries";
import { exactSum } from "./helpers";

const users = fc
  .array(fc.integer({ min: 0, max: 50_000 }), { minLength: 1, maxLength: 6 })
  .filter((counts) => counts.some((c) => c > 0));
const asRow = (values: unknown[]) => [values];
const asColumn = (values: unknown[]) => values.map((v) => [v]);
const layout = fc.constantFrom(asRow, asColumn);
/** Amounts as an economist types them: whole öre, positive or negative. */
const amount = fc.integer({ min: -10_000_000_00, max: 10_000_000_00 }).map((ore) => ore / 100);
const decimals = fc.integer({ min: -2, max: 2 });

function isPlainNumber(value: number): boolean {
  return Number.isFinite(value) && !Object.is(value, -0);
}

describe("functions, for generated inputs", () => {
  it("KEY keeps the shape of the users and its shares sum to exactly 1", () => {
    fc.assert(
      fc.property(users, layout, fc.integer({ min: 0, max: 10 }), (counts, shape, percentDecimals) => {
        const input = shape(counts);
        const shares = KEY(input, percentDecimals);
        expect(shares.map((row) => row.length)).toEqual(input.map((row) => row.length));
        expect(exactSum(shares.flat()).eq(1)).toBe(true);
        expect(shares.flat().every(isPlainNumber)).toBe(true);
      })
    );
  });

  it("ALLOCATE by a KEY: every row sums exactly to its amount rounded as Excel's ROUND", () => {
    fc.assert(
      fc.property(users, fc.array(amount, { minLength: 1, maxLength: 5 }), decimals, (counts, amounts, places) => {
        const shares = KEY(asColumn(counts));
        const rows = ALLOCATE(asColumn(amounts), shares, places);
        expect(rows).toHaveLength(amounts.length);
        rows.forEach((parts, i) => {
          expect(parts).toHaveLength(counts.length);
          expect(parts.every(isPlainNumber)).toBe(true);
          expect(exactSum(parts).eq(excelRound(amounts[i], places))).toBe(true);
        });
      })
    );
  });

  it("QUARTERS sum exactly to the annual amount and differ by at most one unit", () => {
    fc.assert(
      fc.property(amount, decimals, (annual, places) => {
        const [quarters] = QUARTERS(annual, places);
        expect(quarters).toHaveLength(4);
        expect(quarters.every(isPlainNumber)).toBe(true);
        expect(exactSum(quarters).eq(excelRound(annual, places))).toBe(true);
        const spread = new Dec(Math.max(...quarters)).minus(Math.min(...quarters));
        expect(spread.lte(new Dec(10).pow(-places))).toBe(true);
      })
    );
  });

  it("COSTSPLIT hands out exactly the total of all lines, in the shape of the parties", () => {
    const line = fc.record({ amount, tag: fc.constantFrom("Gemensam", "A", "B", "C") });
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 8 }), layout, (lines, shape) => {
        const parties = shape(["A", "B", "C"]);
        const key = KEY(shape([1700, 2100, 900]));
        const costs = COSTSPLIT(
          asColumn(lines.map((l) => l.amount)),
          asColumn(lines.map((l) => l.tag)),
          parties,
          key
        );
        expect(costs.map((row) => row.length)).toEqual(parties.map((row) => row.length));
        expect(costs.flat().every(isPlainNumber)).toBe(true);
        const total = exactSum(lines.map((l) => l.amount)).toDecimalPlaces(0);
        expect(exactSum(costs.flat()).eq(total)).toBe(true);
      })
    );
  });
});
