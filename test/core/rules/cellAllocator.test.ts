import fc from "fast-check";
import { Dec, toNumber } from "../../../src/core/decimal";
import { allocator, cellAllocator } from "../../../src/core/rules";
import { expectOitError } from "../expectOitError";
import { anyKeyArb, cellNumberArb, decimalsArb } from "./arbitraries";

const half = [new Dec("0.5"), new Dec("0.5")];
const published = [new Dec("0.447"), new Dec("0.553")];

describe("cellAllocator: ALLOCATE's parts as the numbers of its cells", () => {
  test("the worked examples of domain.md section 2, as numbers", () => {
    expect(cellAllocator(published)(1000)).toEqual([447, 553]);
    expect(cellAllocator(half)(-1001)).toEqual([-501, -500]);
    expect(cellAllocator(published, 2)(1000.01)).toEqual([447, 553.01]);
    expect(cellAllocator(published, -3)(1234567)).toEqual([552000, 683000]);
  });

  test("a negative amount that rounds to zero gives 0, never -0", () => {
    for (const part of cellAllocator(published)(-0.4)) expect(Object.is(part, 0)).toBe(true);
    for (const part of cellAllocator(published, 2)(-0.004)) expect(Object.is(part, 0)).toBe(true);
  });

  test("property: each part is toNumber of allocator's exact part, for numbers, text and Dec", () => {
    const amountArb = fc.oneof(
      cellNumberArb,
      // Cell text as typed: the input parser reads no exponent ("1e-7"), so those numbers stay numbers.
      cellNumberArb.map((value) => String(value)).filter((text) => !text.includes("e")),
      cellNumberArb.map((value) => new Dec(value).times(1.5))
    );
    fc.assert(
      fc.property(amountArb, anyKeyArb, decimalsArb, (amount, shares, decimals) => {
        const exact = allocator(shares, decimals)(amount).map(toNumber);
        const cells = cellAllocator(shares, decimals)(amount);
        expect(cells.length).toBe(exact.length);
        cells.forEach((cell, i) => expect(Object.is(cell, exact[i])).toBe(true));
      }),
      { numRuns: 500 }
    );
  });

  test("a bad cell names its place", () => {
    const cell = { argument: "amount", row: 7, column: 1 };
    expectOitError(() => cellAllocator(published)("tio", cell), "notANumber", { sv: ["rad 7"], en: ["row 7"] });
    expectOitError(() => cellAllocator(published)(Infinity, cell), "notFinite", { en: ["row 7"] });
    expectOitError(() => cellAllocator(published)(null, cell), "blank", { en: ["row 7"] });
  });
});
