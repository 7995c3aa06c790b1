import fc from "fast-check";
import { Dec } from "../../../src/core/decimal";
import { key } from "../../../src/core/rules";
import { expectOitError } from "../expectOitError";
import { strings, usersArb } from "./arbitraries";

describe("key (domain.md section 1)", () => {
  test("1 700 / 2 100 users -> 44,7 % / 55,3 %", () => {
    expect(strings(key([1700, 2100]))).toEqual(["0.447", "0.553"]);
  });

  test("1, 1, 1 -> 33,4 / 33,3 / 33,3: the tie goes to the first listed", () => {
    expect(strings(key([1, 1, 1]))).toEqual(["0.334", "0.333", "0.333"]);
  });

  test("more percent decimals follow the exact shares", () => {
    expect(strings(key([1700, 2100], 3))).toEqual(["0.44737", "0.55263"]);
    expect(strings(key([1, 2], 0))).toEqual(["0.33", "0.67"]);
  });

  test("a party with no users gets 0 %", () => {
    expect(strings(key([0, 5, 5]))).toEqual(["0", "0.5", "0.5"]);
  });

  test("property: shares sum to exactly 1, each within one published unit of the exact share", () => {
    fc.assert(
      fc.property(usersArb, fc.integer({ min: 0, max: 10 }), (users, percentDecimals) => {
        const shares = key(users, percentDecimals);
        const unit = new Dec(10).pow(-(percentDecimals + 2));
        const total = users.reduce((sum, count) => sum + count, 0);
        expect(Dec.sum(...shares).eq(1)).toBe(true);
        shares.forEach((share, i) => {
          expect(share.decimalPlaces()).toBeLessThanOrEqual(percentDecimals + 2);
          expect(share.minus(new Dec(users[i]).div(total)).abs().lt(unit)).toBe(true);
        });
      })
    );
  });

  test("bad user counts name their position", () => {
    expectOitError(() => key([1700, -5]), "usersNegative", { sv: ["rad 2"], en: ["row 2"] });
    expectOitError(() => key([12.5, 3]), "usersFractional", { sv: ["rad 1", "12,5"], en: ["row 1", "12.5"] });
    expectOitError(() => key([NaN, 3]), "notFinite", { sv: ["rad 1"], en: ["row 1"] });
  });

  test("the host's positions are used when given", () => {
    const error = expectOitError(
      () => key([1, -1], 1, (i) => ({ table: "Nycklar", row: i + 4, column: 3 })),
      "usersNegative",
      { sv: ["tabellen Nycklar", "rad 5", "kolumn 3"], en: ["table Nycklar", "row 5", "column 3"] }
    );
    expect(error.where).toEqual({ table: "Nycklar", row: 5, column: 3 });
  });

  test("a total of zero users is an error", () => {
    expectOitError(() => key([0, 0]), "usersZeroTotal", { sv: ["användare"], en: ["users"] });
    expectOitError(() => key([]), "usersZeroTotal");
  });

  test.each([-1, 11, 1.5])("percent decimals %p is out of range", (percentDecimals) => {
    expectOitError(() => key([1, 2], percentDecimals), "decimalsRange", {
      sv: ["från 0 till 10"],
      en: ["from 0 to 10"],
    });
  });
});
