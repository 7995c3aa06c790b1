import fc from "fast-check";
import { safeSplit } from "../../../src/core/rules/safeSplit";
import type { KeyFraction } from "../../../src/core/rules/shareNumerators";
import { splitMagnitude } from "../../../src/core/rules/splitMagnitude";

const maxSafe = BigInt(Number.MAX_SAFE_INTEGER);

function fractionOf(numerators: bigint[]): KeyFraction {
  return { numerators, total: numerators.reduce((sum, n) => sum + n, 0n) };
}

/** Keys as integer weights from tiny to about 2^50, so the limit ranges from huge to a few units. */
const fractionArb = fc
  .array(fc.oneof(fc.bigInt({ min: 0n, max: 1000n }), fc.bigInt({ min: 0n, max: 2n ** 50n })), {
    minLength: 1,
    maxLength: 10,
  })
  .filter((numerators) => numerators.some((n) => n > 0n))
  .map(fractionOf)
  .filter(({ total }) => total <= maxSafe);

/** Magnitudes from 0 to the limit, most of them within a few thousand units below it (near 2^53). */
function magnitudeArb(limit: number): fc.Arbitrary<number> {
  const nearLimit = fc.integer({ min: 0, max: Math.min(limit, 5000) }).map((below) => limit - below);
  return fc.oneof(nearLimit, fc.integer({ min: 0, max: limit }));
}

describe("safeSplit: allocate's Hamilton step on numbers", () => {
  test("1 001 by 1 / 1 is 501 / 500 (ties to the first), 1 000 by 447 / 553 is 447 / 553", () => {
    expect(safeSplit(fractionOf([1n, 1n])).split(1001)).toEqual([501, 500]);
    expect(safeSplit(fractionOf([447n, 553n])).split(1000)).toEqual([447, 553]);
  });

  test("the limit is the largest magnitude whose products stay exact", () => {
    fc.assert(
      fc.property(fractionArb, (fraction) => {
        const { limit } = safeSplit(fraction);
        const largest = fraction.numerators.reduce((max, n) => (n > max ? n : max));
        expect(BigInt(limit) * largest + fraction.total).toBeLessThanOrEqual(maxSafe);
        expect(BigInt(limit + 1) * largest + fraction.total).toBeGreaterThan(maxSafe);
      })
    );
  });

  test("a key whose total passes 2^53 has no safe magnitudes", () => {
    expect(safeSplit(fractionOf([maxSafe, 1n])).limit).toBe(-1);
  });

  test("property: equals the bigint path for every magnitude up to the limit, near 2^53 included", () => {
    const cases = fractionArb.chain((fraction) =>
      fc.tuple(fc.constant(fraction), magnitudeArb(safeSplit(fraction).limit))
    );
    fc.assert(
      fc.property(cases, ([fraction, magnitude]) => {
        const fast = safeSplit(fraction).split(magnitude);
        expect(fast.map(BigInt)).toEqual(splitMagnitude(fraction, BigInt(magnitude)));
      }),
      { numRuns: 2000 }
    );
  });

  test("property: one splitter reused for many magnitudes gives each the bigint path's parts", () => {
    const cases = fractionArb.chain((fraction) =>
      fc.tuple(fc.constant(fraction), fc.array(magnitudeArb(safeSplit(fraction).limit), { minLength: 2, maxLength: 20 }))
    );
    fc.assert(
      fc.property(cases, ([fraction, magnitudes]) => {
        const { split } = safeSplit(fraction);
        for (const magnitude of magnitudes) {
          expect([...split(magnitude)].map(BigInt)).toEqual(splitMagnitude(fraction, BigInt(magnitude)));
        }
      })
    );
  });
});
