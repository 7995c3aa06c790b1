import fc from "fast-check";
import { dec } from "../../../src/core/decimal";
import { exactShares, shareDiffers } from "../../../src/core/rules";

const borgholm = dec(1700).div(3800); // 44,736… %

describe("shareDiffers (workbook.md: half a unit of the decided share's last decimal)", () => {
  it("accepts 44,7 % for 1 700 of 3 800 users and not 44,8 %", () => {
    expect(shareDiffers(dec("0.447"), borgholm, 1)).toBe(false);
    expect(shareDiffers(dec("0.448"), borgholm, 1)).toBe(true);
  });

  it("measures 45,0 % (a cell holding 0.45) by the key's published decimal, not by 0.45's own", () => {
    expect(shareDiffers(dec("0.45"), dec("0.4496"), 1)).toBe(false);
    expect(shareDiffers(dec("0.45"), borgholm, 1)).toBe(true);
    // With a key published in whole percent, 45 % covers 44,5 %…45,5 %.
    expect(shareDiffers(dec("0.45"), borgholm, 0)).toBe(false);
  });

  it("accepts the exact share rounded to the published decimals and refuses one unit more", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100000 }), fc.integer({ min: 1, max: 100000 }), fc.integer({ min: 0, max: 3 }), (a, b, decimals) => {
        const [exact] = exactShares([a, b])!;
        const published = exact.toDecimalPlaces(decimals + 2);
        expect(shareDiffers(published, exact, decimals)).toBe(false);
        expect(shareDiffers(published.plus(dec(10).pow(-(decimals + 2))), exact, decimals)).toBe(true);
      })
    );
  });
});

describe("exactShares", () => {
  it("gives each party its unrounded share of the users, and null for no users", () => {
    expect(exactShares([1700, 2100])!.map(String)).toEqual([borgholm.toString(), dec(2100).div(3800).toString()]);
    expect(exactShares([0, 0])).toBeNull();
  });
});
