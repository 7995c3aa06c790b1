import fc from "fast-check";
import { Dec } from "../../../src/core/decimal";
import { allocate, costSplit, key, type TaggedLine } from "../../../src/core/rules";
import { expectOitError } from "../expectOitError";
import { amountArb, decimalsArb, excelRound, keyArb, strings, unitOf } from "./arbitraries";

const parties = ["Borgholm", "Mörbylånga"];
const published = key([1700, 2100]);

describe("costSplit (domain.md section 3)", () => {
  test("each party: its key share of the net shared cost plus its own lines", () => {
    const lines: TaggedLine[] = [
      { amount: 10000, tag: "Gemensam" },
      { amount: -1000, tag: "Gemensam" }, // revenue from a municipal company, netted before the split
      { amount: 300, tag: "Borgholm" }, // board fees are own costs
      { amount: 200, tag: "Mörbylånga" },
    ];
    expect(strings(costSplit(lines, parties, published))).toEqual(["4323", "5177"]);
  });

  test("tags match without regard to case or surrounding spaces", () => {
    const lines: TaggedLine[] = [
      { amount: 1001, tag: " gemensam " },
      { amount: 5, tag: "MÖRBYLÅNGA\u00a0" },
    ];
    expect(strings(costSplit(lines, parties, [new Dec("0.5"), new Dec("0.5")]))).toEqual(["501", "505"]);
  });

  test("a negative net shared cost splits as allocate splits it", () => {
    const lines: TaggedLine[] = [{ amount: -1001, tag: "Gemensam" }];
    expect(strings(costSplit(lines, parties, [new Dec("0.5"), new Dec("0.5")]))).toEqual(["-501", "-500"]);
  });

  test("lines finer than the unit: parts sum to the rounded total (0,5 shared + 0,5 own is 1, not 2)", () => {
    const lines: TaggedLine[] = [
      { amount: 0.5, tag: "Gemensam" },
      { amount: 0.5, tag: "Borgholm" },
    ];
    expect(strings(costSplit(lines, parties, [new Dec(1), new Dec(0)]))).toEqual(["1", "0"]);
  });

  test("an unknown tag names the row and lists the allowed tags", () => {
    const lines: TaggedLine[] = [{ amount: 1, tag: "Kalmar", where: { table: "Underlag", row: 12, column: 4 } }];
    expectOitError(() => costSplit(lines, parties, published), "unknownAllocation", {
      sv: ["”Kalmar”", "rad 12", "kolumn 4", "Gemensam, Borgholm, Mörbylånga"],
      en: ["“Kalmar”", "row 12", "column 4", "Gemensam, Borgholm, Mörbylånga"],
    });
  });

  test("a bad amount names its row", () => {
    const lines: TaggedLine[] = [{ amount: "#N/A", tag: "Gemensam", where: { table: "Underlag", row: 3 } }];
    expectOitError(() => costSplit(lines, parties, published), "errorValue", { sv: ["rad 3"], en: ["row 3"] });
  });

  test("the key must have one share per party, and party names must differ", () => {
    expectOitError(() => costSplit([], ["A", "B", "C"], published), "shapeMismatch", { en: ["key", "2 values", "3"] });
    expectOitError(() => costSplit([], ["Borgholm", " borgholm"], published), "duplicateParty", { sv: ["rad 2"] });
    expectOitError(() => costSplit([], ["Gemensam", "B"], published), "reservedPartyName", { sv: ["rad 1"] });
  });

  const ledgerArb = (partyCount: number, amounts: fc.Arbitrary<Dec>) =>
    fc.array(
      fc.record({ amount: amounts, party: fc.integer({ min: -1, max: partyCount - 1 }) }),
      { maxLength: 30 }
    );

  function tagged(ledger: { amount: Dec; party: number }[], names: string[]): TaggedLine[] {
    return ledger.map(({ amount, party }) => ({ amount, tag: party < 0 ? "Gemensam" : names[party] }));
  }

  test("property: parts sum exactly to round(total), each within one unit of its exact cost", () => {
    const caseArb = keyArb.chain((shares) =>
      fc.tuple(fc.constant(shares), ledgerArb(shares.length, amountArb), decimalsArb)
    );
    fc.assert(
      fc.property(caseArb, ([shares, ledger, decimals]) => {
        const names = shares.map((_, i) => `Part ${i}`);
        const parts = costSplit(tagged(ledger, names), names, shares, decimals);
        const shared = Dec.sum(0, ...ledger.filter((l) => l.party < 0).map((l) => l.amount));
        const total = Dec.sum(0, ...ledger.map((l) => l.amount));
        expect(Dec.sum(...parts).eq(excelRound(total, decimals))).toBe(true);
        parts.forEach((part, i) => {
          const own = Dec.sum(0, ...ledger.filter((l) => l.party === i).map((l) => l.amount));
          expect(part.minus(shared.times(shares[i]).plus(own)).abs().lt(unitOf(decimals))).toBe(true);
        });
      })
    );
  });

  test("property: with every line on the unit, part = allocate(net shared)[i] + own lines", () => {
    const caseArb = keyArb.chain((shares) =>
      fc.tuple(fc.constant(shares), ledgerArb(shares.length, fc.integer({ min: -1e9, max: 1e9 }).map((n) => new Dec(n))))
    );
    fc.assert(
      fc.property(caseArb, ([shares, ledger]) => {
        const names = shares.map((_, i) => `Part ${i}`);
        const parts = costSplit(tagged(ledger, names), names, shares);
        const shared = allocate(Dec.sum(0, ...ledger.filter((l) => l.party < 0).map((l) => l.amount)), shares);
        const expected = shared.map((part, i) =>
          part.plus(Dec.sum(0, ...ledger.filter((l) => l.party === i).map((l) => l.amount)))
        );
        expect(strings(parts)).toEqual(strings(expected));
      })
    );
  });
});
