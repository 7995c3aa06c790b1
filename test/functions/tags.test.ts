// issue 7, item 11: OIT.COSTSPLIT and the report read a line's Fördelning by one name rule.
import fc from "fast-check";
import { readLedger } from "../../src/core/workbook";
import { COSTSPLIT } from "../../src/functions/functions";
import { ledgerTable } from "../core/report/fixtures";
import { thrown } from "./helpers";

const parties = ["Borgholm", "Södra-Öland", "Norra Öland"];
const key = [[0.5], [0.3], [0.2]];

/** A name as an economist may type it: any case, spaces around and doubled, any kind of dash with or without spaces. */
function spelling(name: string): fc.Arbitrary<string> {
  const chars = [...name].map((char) => {
    if (char === "-") return fc.tuple(fc.constantFrom("", " "), fc.constantFrom("-", "–", "—", "‐", "−"), fc.constantFrom("", " ")).map((parts) => parts.join(""));
    if (char === " ") return fc.constantFrom(" ", "  ", "\u00a0");
    return fc.boolean().map((upper) => (upper ? char.toUpperCase() : char.toLowerCase()));
  });
  return fc.tuple(fc.constantFrom("", " ", "  "), fc.tuple(...chars), fc.constantFrom("", " ")).map(([before, body, after]) => before + body.join("") + after);
}

const line = fc.record({
  tag: fc.constantFrom("Gemensam", ...parties),
  amount: fc.integer({ min: -1_000_000, max: 1_000_000 }),
}).chain(({ tag, amount }) => spelling(tag).map((typed) => ({ tag, typed, amount })));

describe("the allocation name rule, the same for OIT.COSTSPLIT and the report's ledger", () => {
  it("takes an en dash for a hyphen and doubled spaces for one, as the report does (generated spellings)", () => {
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
    expect(COSTSPLIT([[1000], [70]], [["Gemensam"], ["Södra – Öland"]], parties.map((p) => [p]), key)).toEqual([[500], [370], [200]]);
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
