import fc from "fast-check";
import { Dec } from "../../../src/core/decimal";
import { key } from "../../../src/core/rules";

/** Amounts as Excel holds them: kronor with öre, positive and negative, up to 10^11. */
export const amountArb = fc.integer({ min: -1e13, max: 1e13 }).map((ore) => new Dec(ore).div(100));

/**
 * Amounts off the unit, at every precision the engine keeps: whole units times 10^-0…10^-10 up
 * to 10^13, halves of a unit (where ROUND(A) and the parts' ties are decided), and öre amounts.
 */
export const offUnitAmountArb = fc.oneof(
  fc
    .tuple(fc.integer({ min: -1e13, max: 1e13 }), fc.integer({ min: 0, max: 10 }))
    .map(([units, places]) => new Dec(units).div(new Dec(10).pow(places))),
  fc.tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: -3, max: 4 })).map(([units, decimals]) =>
    new Dec(units).plus(0.5).times(new Dec(10).pow(-decimals))
  ),
  fc.integer({ min: -1e13, max: 1e13 }).map((ore) => new Dec(ore).div(100))
);

/** User counts of 2–10 parties, not all zero. */
export const usersArb = fc
  .array(fc.integer({ min: 0, max: 200_000 }), { minLength: 2, maxLength: 10 })
  .filter((users) => users.some((count) => count > 0));

/** A published key: shares from generated user counts, rounded to 0–4 percent decimals. */
export const keyArb = fc
  .tuple(usersArb, fc.integer({ min: 0, max: 4 }))
  .map(([users, percentDecimals]) => key(users, percentDecimals));

export const decimalsArb = fc.integer({ min: -3, max: 4 });

/** The unit 10^-decimals. */
export function unitOf(decimals: number): Dec {
  return new Dec(10).pow(-decimals);
}

/** Excel's ROUND(value, decimals), decimals may be negative: half away from zero. */
export function excelRound(value: number | Dec, decimals: number): Dec {
  const unit = unitOf(decimals);
  return new Dec(value).div(unit).toDecimalPlaces(0, Dec.ROUND_HALF_UP).times(unit);
}

export function strings(values: readonly Dec[]): string[] {
  return values.map((value) => value.toString());
}

/**
 * Amounts as the number cells Excel passes: öre amounts, halves of a unit (which take the
 * exact text path), any double, and amounts far beyond the safe-integer split (bigint path).
 */
export const cellNumberArb = fc.oneof(
  fc.integer({ min: -1e13, max: 1e13 }).map((ore) => ore / 100),
  fc.integer({ min: -1e12, max: 1e12 }).map((half) => half / 2),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e22, max: 1e22 })
);

/** Published keys (keyArb) and keys decided to 10 percent decimals, whose large numerators leave the number path early. */
export const anyKeyArb = fc.oneof(
  keyArb,
  usersArb.map((users) => key(users, 10))
);

const twoTo53 = 2n ** 53n;

/** m × 10^-d as the number a cell holds (the double nearest to it). */
function cellNumber(units: bigint, decimals: number): number {
  return Number(`${units}e-${decimals}`);
}

/** Whole numbers of units within a million of ±2^53 (and of 2^52, where two of them pass 2^53). */
const unitsNear2To53 = fc.oneof(
  fc.bigInt({ min: twoTo53 - 1_000_000n, max: twoTo53 + 1_000_000n }),
  fc.bigInt({ min: twoTo53 / 2n - 1_000_000n, max: twoTo53 / 2n + 1_000_000n }),
  fc.bigInt({ min: -twoTo53 - 1_000_000n, max: -twoTo53 + 1_000_000n })
);

/**
 * Ledger cells as hosts hand them over: öre amounts, amounts with up to ten decimals, amounts whose units at
 * their decimals lie near 2^53 (900 719,925 474 099 1 kr has ten decimals and 2^53 − 1 units), amounts beyond
 * Excel's 15 digits, any double (binary noise below the tenth decimal: read rounded), Swedish text, the
 * engine's own Decimals with more decimals than ten, and blanks.
 */
export const ledgerCellArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer({ min: -1e13, max: 1e13 }).map((ore) => ore / 100),
  fc.tuple(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 10 })).map(([m, d]) => cellNumber(BigInt(m), d)),
  fc.tuple(unitsNear2To53, fc.integer({ min: 0, max: 10 })).map(([m, d]) => cellNumber(m, d)),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e20, max: 1e20 }),
  fc.tuple(unitsNear2To53, fc.integer({ min: 1, max: 10 })).map(([m, d]) => `${m < 0n ? "-" : ""}${(m < 0n ? -m : m).toString().replace(new RegExp(`(\\d{${d}})$`), ",$1")}`),
  fc.tuple(unitsNear2To53, fc.integer({ min: 0, max: 20 })).map(([m, d]) => new Dec(`${m}e-${d}`)),
  fc.constantFrom<unknown>(null, "", "  ", 0, -0)
);
