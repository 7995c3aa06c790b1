import fc from "fast-check";
import { safeSplit } from "../../../src/core/rules/safeSplit";
import type { KeyFraction } from "../../../src/core/rules/shareNumerators";
import { splitMagnitude } from "../../../src/core/rules/splitMagnitude";

const maxSafe = BigInt(Number.MAX_SAFE_INTEGER);

function fractionOf(numerators: bigint[], off = 0n): KeyFraction {
  return { numerators, denominator: numerators.reduce((sum, n) => sum + n, 0n) + off };
}

/**
 * Keys as integer weights from tiny to about 2^50, so the limit ranges from huge to a few units;
 * most sum to their denominator (a key summing to 1), some miss it by a little (within 1e-9).
 */
const fractionArb = fc
  .tuple(
    fc.array(fc.oneof(fc.bigInt({ min: 0n, max: 1000n }), fc.bigInt({ min: 0n, max: 2n ** 50n })), {
      minLength: 1,
      maxLength: 10,
    }),
    fc.oneof({ weight: 4, arbitrary: fc.constant(0n) }, { weight: 1, arbitrary: fc.bigInt({ min: -3n, max: 3n }) })
  )
  .filter(([numerators, off]) => numerators.some((n) => n > 0n) && numerators.reduce((s, n) => s + n, 0n) + off > 0n)
  .map(([numerators, off]) => fractionOf(numerators, off))
  .filter(({ denominator }) => denominator <= maxSafe);

const extraArb = fc.integer({ min: 0, max: 4 });

/** Magnitudes from 0 to the limit, most of them within a few thousand units below it (near 2^53). */
function magnitudeArb(limit: number): fc.Arbitrary<number> {
  const nearLimit = fc.integer({ min: 0, max: Math.min(limit, 5000) }).map((below) => limit - below);
  return fc.oneof(nearLimit, fc.integer({ min: 0, max: limit }));
}

describe("safeSplit: allocate's Hamilton step on numbers", () => {
  test("1 001 by 1 / 1 is 501 / 500 (ties to the first), 1 000 by 447 / 553 is 447 / 553", () => {
    expect(safeSplit(fractionOf([1n, 1n])).split(1001, 0)).toEqual([501, 500]);
    expect(safeSplit(fractionOf([447n, 553n])).split(1000, 0)).toEqual([447, 553]);
  });

  test("an amount off the unit is split as given: 5,5 by 90 / 5 / 5 % is 5 / 1 / 0", () => {
    expect(safeSplit(fractionOf([90n, 5n, 5n])).split(55, 1)).toEqual([5, 1, 0]);
  });

  test("the limit is the largest magnitude whose products stay exact", () => {
    fc.assert(
      fc.property(fractionArb, extraArb, (fraction, extra) => {
        const limit = safeSplit(fraction).limit(extra);
        const largest = fraction.numerators.reduce((max, n) => (n > max ? n : max));
        const denominator = fraction.denominator * 10n ** BigInt(extra);
        if (limit < 0) return expect(largest + denominator).toBeGreaterThan(maxSafe);
        expect(BigInt(limit) * largest + denominator).toBeLessThanOrEqual(maxSafe);
        expect(BigInt(limit + 1) * largest + denominator).toBeGreaterThan(maxSafe);
      })
    );
  });

  test("a key whose denominator passes 2^53 has no safe magnitudes", () => {
    expect(safeSplit(fractionOf([maxSafe, 1n])).limit(0)).toBe(-1);
  });

  test("property: equals the bigint path for every magnitude up to the limit, near 2^53 included", () => {
    const cases = fc
      .tuple(fractionArb, extraArb)
      .filter(([fraction, extra]) => safeSplit(fraction).limit(extra) >= 0)
      .chain(([fraction, extra]) =>
        fc.tuple(fc.constant(fraction), fc.constant(extra), magnitudeArb(safeSplit(fraction).limit(extra)))
      );
    fc.assert(
      fc.property(cases, ([fraction, extra, magnitude]) => {
        const fast = safeSplit(fraction).split(magnitude, extra);
        expect(fast?.map(BigInt)).toEqual(splitMagnitude(fraction, BigInt(magnitude), extra));
      }),
      { numRuns: 2000 }
    );
  });

  test("property: one splitter reused for many magnitudes gives each the bigint path's parts", () => {
    const cases = fractionArb.chain((fraction) =>
      fc.tuple(fc.constant(fraction), fc.array(magnitudeArb(safeSplit(fraction).limit(0)), { minLength: 2, maxLength: 20 }))
    );
    fc.assert(
      fc.property(cases, ([fraction, magnitudes]) => {
        const { split } = safeSplit(fraction);
        for (const magnitude of magnitudes) {
          const parts = split(magnitude, 0);
          expect(parts && [...parts].map(BigInt)).toEqual(splitMagnitude(fraction, BigInt(magnitude)));
        }
      })
    );
  });
});
