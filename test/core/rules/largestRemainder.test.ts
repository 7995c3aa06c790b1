import fc from "fast-check";
import { largestRemainders } from "../../../src/core/rules/largestRemainder";

/** The rule itself: indices ordered by remainder, largest first, the first listed on ties. */
function reference<T extends number | bigint>(remainders: readonly T[], count: number): number[] {
  const order = remainders.map((_, i) => i);
  order.sort((a, b) => (remainders[a] > remainders[b] ? -1 : remainders[a] < remainders[b] ? 1 : a - b));
  return order.slice(0, count).sort((a, b) => a - b);
}

// Remainders from few distinct values (many ties) to many, long lists (the key over a column of users).
const remaindersArb = fc.oneof(
  fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 300 }),
  fc.array(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), { minLength: 1, maxLength: 300 })
);
const caseArb = remaindersArb.chain((remainders) =>
  fc.tuple(fc.constant(remainders), fc.integer({ min: 0, max: remainders.length }))
);

describe("largestRemainders: which parts get the missing units", () => {
  test("ties go to the first listed, by a scan for few units and by the threshold for many", () => {
    expect(largestRemainders([1, 2, 2, 0], 2, -1).sort()).toEqual([1, 2]);
    expect(largestRemainders([1, 2, 2, 0], 1, -1)).toEqual([1]);
    const many = Array.from({ length: 40 }, (_, i) => i % 2);
    expect(largestRemainders(many, 17, -1)).toEqual(reference(many, 17));
  });

  test("property: numbers and bigint give the rule's indices, whatever the count", () => {
    fc.assert(
      fc.property(caseArb, ([remainders, count]) => {
        const expected = reference(remainders, count);
        expect([...largestRemainders([...remainders], count, -1)].sort((a, b) => a - b)).toEqual(expected);
        expect([...largestRemainders(remainders.map(BigInt), count, -1n)].sort((a, b) => a - b)).toEqual(expected);
      }),
      { numRuns: 2000 }
    );
  });
});
