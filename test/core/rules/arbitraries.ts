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
