// issue 7, item 11: OIT.COSTSPLIT and the report read a line's Fördelning by one name rule.
import fc from "fast-check";
import { readLedger, sameName } from "../../src/core/workbook";
import { COSTSPLIT } from "../../src/functions/functions";
import { ledgerTable } from "../core/report/fixtures";
import { thrown } from "./helpers";

const parties = ["Borgholm", "Södra-Öland", "Norra Öland", "Mörbylånga"];
const key = [[0.4], [0.3], [0.2], [0.1]];
const tags = ["Gemensam", ...parties];

/**
 * A name as an economist may type it: any case, spaces around and doubled, any kind of dash with or without
 * spaces, å and ö composed or decomposed (pasted from another system).
 */
function spelling(name: string): fc.Arbitrary<string> {
  const chars = [...name].map((char) => {
    if (char === "-") return fc.tuple(fc.constantFrom("", " "), fc.constantFrom("-", "–", "—", "‐", "−"), fc.constantFrom("", " ")).map((parts) => parts.join(""));
    if (char === " ") return fc.constantFrom(" ", "  ", "\u00a0");
    return fc.tuple(fc.boolean(), fc.boolean()).map(([upper, decomposed]) => (upper ? char.toUpperCase() : char.toLowerCase()).normalize(decomposed ? "NFD" : "NFC"));
  });
  return fc.tuple(fc.constantFrom("", " ", "  "), fc.tuple(...chars), fc.constantFrom("", " ")).map(([before, body, after]) => before + body.join("") + after);
}

/** A spelling one slip away from the name: a letter dropped, doubled or changed, a space inside a word, an s added. */
function nearMiss(name: string): fc.Arbitrary<string> {
  return fc.tuple(spelling(name), fc.nat(), fc.constantFrom("drop", "double", "change", "space", "suffix")).map(([typed, at, slip]) => {
    const i = at % typed.length;
    if (slip === "drop") return typed.slice(0, i) + typed.slice(i + 1);
    if (slip === "double") return typed.slice(0, i) + typed[i] + typed.slice(i);
    if (slip === "change") return typed.slice(0, i) + (typed[i] === "x" ? "y" : "x") + typed.slice(i + 1);
    if (slip === "space") return typed.slice(0, i) + " " + typed.slice(i);
    return typed + "s";
  });
}

const typedTag = fc.constantFrom(...tags).chain((tag) => fc.oneof(spelling(tag), nearMiss(tag)));

const split = (tag: string) => () => COSTSPLIT([[1000]], [[tag]], parties.map((p) => [p]), key, null);
/** Each tag's split of 1 000 kr: the shares differ, so the split tells the tag. */
const splitOf = new Map(tags.map((tag) => [JSON.stringify(split(tag)()), tag]));

/** The tag OIT.COSTSPLIT reads `typed` as (its split equals that tag's), or null when it refuses it. */
function formulaTag(typed: string): string | null {
  try {
    return splitOf.get(JSON.stringify(split(typed)())) ?? "?";
  } catch {
    expect(thrown(split(typed)).code).toBe("#VALUE!");
    return null;
  }
}

/** The tag the report's ledger reads `typed` as, or null when it refuses it (naming the cell). */
function reportTag(typed: string): string | null {
  try {
    return readLedger(ledgerTable([["Rad", typed, "Kostnad", 0, 1000, 0, 0]]), parties).rows[0].allocation;
  } catch (error) {
    expect(error).toMatchObject({ code: "unknownParty", where: { address: "Underlag!B2" } });
    return null;
  }
}

describe("the allocation name rule, the same for OIT.COSTSPLIT and the report's ledger", () => {
  it("accepts and rejects the same spellings, each as the same tag, and exactly those the name rule calls the same (generated)", () => {
    let accepted = 0;
    fc.assert(
      fc.property(typedTag, (typed) => {
        const byRule = tags.find((tag) => sameName(tag, typed)) ?? null;
        expect(formulaTag(typed)).toBe(byRule);
        expect(reportTag(typed)).toBe(byRule);
        if (byRule) accepted++;
      }),
      { numRuns: 2000 }
    );
    // Both sides of the rule were generated, not only one.
    expect(accepted).toBeGreaterThan(400);
    expect(accepted).toBeLessThan(1600);
  });

  it("splits a ledger typed by hand as the same ledger typed as the key spells it (generated)", () => {
    const line = fc.record({ tag: fc.constantFrom(...tags), amount: fc.integer({ min: -1_000_000, max: 1_000_000 }) }).chain(({ tag, amount }) => spelling(tag).map((typed) => ({ tag, typed, amount })));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), (lines) => {
        const amounts = lines.map((l) => [l.amount]);
        const asTyped = COSTSPLIT(amounts, lines.map((l) => [l.typed]), parties.map((p) => [p]), key, null);
        const asKeyed = COSTSPLIT(amounts, lines.map((l) => [l.tag]), parties.map((p) => [p]), key, null);
        expect(asTyped).toEqual(asKeyed);
        const ledger = readLedger(ledgerTable(lines.map((l) => ["Rad", l.typed, "Kostnad", 0, l.amount, 0, 0])), parties);
        expect(ledger.rows.map((row) => row.allocation)).toEqual(lines.map((l) => l.tag));
      }),
      { numRuns: 500 }
    );
  });

  it("reads Södra – Öland as the party Södra-Öland", () => {
    expect(COSTSPLIT([[1000], [70]], [["Gemensam"], ["Södra – Öland"]], parties.map((p) => [p]), key)).toEqual([[400], [370], [200], [100]]);
  });
});

// Excel sends a blank cell as null, "" or 0 depending on the platform; a tag of 0 is no tag.
describe.each([
  ["null", null],
  ["an empty string", ""],
  ["0", 0],
])("a blank tag cell sent as %s", (_name, blank) => {
  it("leaves an empty row of a selected column out, as the report leaves out a blank ledger row", () => {
    expect(COSTSPLIT([[1001], [blank], [blank]], [["Gemensam"], [blank], [blank]], [["Borgholm", "Mörbylånga"]], [[0.5, 0.5]])).toEqual([[501, 500]]);
  });

  it("on a row with an amount is an unknown allocation naming the row, not the text “0”", () => {
    const { code, message } = thrown(() => COSTSPLIT([[1001], [5]], [["Gemensam"], [blank]], [["Borgholm", "Mörbylånga"]], [[0.5, 0.5]]));
    expect(code).toBe("#VALUE!");
    expect(message).toContain("“” in argument allocation, row 2");
    expect(message).not.toContain("“0”");
  });
});
