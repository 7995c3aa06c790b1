import fc from "fast-check";
import { draftMappingRow, mapCodeString, mappingFromRange, readMapping, type CodeString } from "../../../src/core/import";
import type { TableData } from "../../../src/core/workbook/types";
import { expectOitError } from "../expectOitError";
import { ACCOUNTS, PROJECTS, RESPONSIBILITIES } from "./generators";

const parties = ["Borgholm", "Mörbylånga"];

function mappingTable(rows: unknown[][], headers = ["Konto", "Ansvar", "Projekt", "Rad", "Fördelning"]): TableData {
  return { name: "Mappning", sheet: "Mappning", headers, rows, origin: { row: 1, column: 0 } };
}

/** Codes as exports write them, dashes and a star included (Ansvar 1-2A, Projekt P1-P2): the pools the rules and code strings draw from. */
const DASHED = ["1-2A", "17-00", "P1-P2", "4010-1", "A-1", "-5", "1-2-3", "5*", "X,Y"];
const RESPONSIBILITY_POOL = [...RESPONSIBILITIES, ...DASHED];
const PROJECT_POOL = [...PROJECTS, ...DASHED];

/** A part of a pattern as generated: its text in the Mappning cell and what it stands for, by workbook.md and README. */
interface GeneratedPart {
  text: string;
  matches: (code: string | undefined) => boolean;
}

const isNumber = (text: string) => /^\d+$/.test(text);

/** An exact code: a code holding a dash, a star, a separator or a quote is written in double quotes. */
function exactPart(code: string): GeneratedPart {
  const text = /[-*,;"]/.test(code) ? `"${code.replace(/"/g, '""')}"` : code;
  return { text, matches: (value) => value === code };
}

function prefixPart(start: string): GeneratedPart {
  return { text: `${start}*`, matches: (value) => value !== undefined && value !== "" && value.startsWith(start) };
}

/** Both ends numbers: compared as numbers; both ends of one length: compared as text. */
function rangePart(low: string, high: string): GeneratedPart {
  const numeric = isNumber(low) && isNumber(high);
  const matches = numeric
    ? (value: string | undefined) => value !== undefined && isNumber(value) && Number(value) >= Number(low) && Number(value) <= Number(high)
    : (value: string | undefined) => value !== undefined && value !== "" && value >= low && value <= high;
  return { text: `${low}-${high}`, matches };
}

function patternArb(pool: readonly string[]): fc.Arbitrary<GeneratedPart> {
  const code = fc.constantFrom(...pool);
  const plain = pool.filter((c) => !/[-*,;"]/.test(c));
  const sameLength = fc.tuple(fc.constantFrom(...plain), fc.constantFrom(...plain)).filter(([a, b]) => a.length === b.length || (isNumber(a) && isNumber(b)));
  const part = fc.oneof(
    code.map(exactPart),
    fc.constantFrom(...plain).map((c) => prefixPart(c.slice(0, 1 + (c.length % 3)))),
    sameLength.map(([a, b]) => {
      const inOrder = isNumber(a) && isNumber(b) ? Number(a) <= Number(b) : a <= b;
      return inOrder ? rangePart(a, b) : rangePart(b, a);
    }),
    fc.tuple(fc.integer({ min: 1000, max: 8999 }), fc.integer({ min: 0, max: 2000 })).map(([low, width]) => rangePart(String(low), String(low + width)))
  );
  const anything: GeneratedPart = { text: "", matches: () => true };
  return fc.oneof(
    { arbitrary: fc.constant(anything), weight: 3 },
    { arbitrary: fc.constant({ ...anything, text: "*" }), weight: 1 },
    { arbitrary: part, weight: 4 },
    {
      arbitrary: fc.tuple(part, part, fc.constantFrom(",", ";", " , ")).map(([a, b, sep]) => ({ text: `${a.text}${sep}${b.text}`, matches: (value: string | undefined) => a.matches(value) || b.matches(value) })),
      weight: 2,
    }
  );
}

/** The first rule whose every pattern matches, by a plain loop over the rules: the reference for the compiled mapping. */
function referenceRule(rules: readonly GeneratedPart[][], codes: CodeString): number | undefined {
  const index = rules.findIndex(([account, responsibility, project]) => account.matches(codes.account) && responsibility.matches(codes.responsibility) && project.matches(codes.project));
  return index < 0 ? undefined : index + 1;
}

const ruleArb = fc.tuple(patternArb(ACCOUNTS), patternArb(RESPONSIBILITY_POOL), patternArb(PROJECT_POOL));
const codesArb = fc.record({
  account: fc.oneof(fc.constantFrom(...ACCOUNTS), fc.integer({ min: 1000, max: 9999 }).map(String)),
  responsibility: fc.option(fc.constantFrom("", ...RESPONSIBILITY_POOL), { nil: undefined }),
  project: fc.option(fc.constantFrom("", ...PROJECT_POOL), { nil: undefined }),
});

describe("the compiled mapping", () => {
  it("gives the rule a plain first-match loop over the rules gives, for any rules and code strings", () => {
    fc.assert(
      fc.property(fc.array(ruleArb, { minLength: 1, maxLength: 30 }), fc.array(codesArb, { minLength: 1, maxLength: 30 }), (rules, codeStrings) => {
        const mapping = readMapping(mappingTable(rules.map((patterns, i) => [...patterns.map((part) => part.text), `Rad ${i + 1}`, "Gemensam"])), parties);
        for (const codes of codeStrings) {
          const cleaned = Object.fromEntries(Object.entries(codes).filter(([, value]) => value !== undefined)) as CodeString;
          expect(mapping.ruleFor(cleaned)?.position).toBe(referenceRule(rules, cleaned));
        }
      }),
      { numRuns: 2000 }
    );
  });

  it("compares codes as trimmed text, numbers as their digits, and lets a missing column match anything", () => {
    const mapping = readMapping(mappingTable([[" 3451 - 3453 ", 1700, "", "Intäkter", "Gemensam"], ["5*", "", "", "Personal", "gemensam"]]), parties);
    expect(mapping.ruleFor({ account: "3452", responsibility: "1700" })?.line).toBe("Intäkter");
    expect(mapping.ruleFor({ account: "5010" })).toMatchObject({ position: 2, allocation: "Gemensam" });
    expect(mapping.ruleFor({ account: "3452" })).toBeUndefined();
  });

  it("reads a numeric range numerically and a text range as text", () => {
    const mapping = readMapping(mappingTable([["900-1100", "", "", "A", "Gemensam"], ["", "A-C", "", "B", "Gemensam"]]), parties);
    expect(mapping.ruleFor({ account: "1000" })?.line).toBe("A");
    expect(mapping.ruleFor({ account: "10000" })).toBeUndefined();
    expect(mapping.ruleFor({ account: "7000", responsibility: "Borgholm" })?.line).toBe("B");
    expect(mapping.ruleFor({ account: "7000", responsibility: "IT" })).toBeUndefined();
  });

  it("takes Exkluderas with a blank Rad, a party as the key spells it, and Typ", () => {
    const mapping = readMapping(mappingTable([["1000-2999", "", "", "", "exkluderas", ""], ["5020", "", "", "Nämndsarvoden", "mörbylånga", "Kostnad"]], ["Konto", "Ansvar", "Projekt", "Rad", "Fördelning", "Typ"]), parties);
    expect(mapping.rules.map((rule) => [rule.excluded, rule.allocation, rule.section])).toEqual([
      [true, "Exkluderas", undefined],
      [false, "Mörbylånga", "cost"],
    ]);
  });

  it("names the code string when no rule matches (OIT.MAPPA's #N/A)", () => {
    const mapping = readMapping(mappingTable([["5*", "", "", "Personal", "Gemensam"]]), parties);
    expectOitError(() => mapCodeString(mapping, { account: "6110", responsibility: "1700", project: "" }), "noRuleMatches", {
      sv: ["Konto 6110, Ansvar 1700, Projekt –", "Mappning"],
      en: ["Konto 6110, Ansvar 1700, Projekt –"],
    });
  });
});

describe("codes with a dash", () => {
  const dashedCode = fc.stringMatching(/^[0-9A-Z]{1,4}(-[0-9A-Z*,;" ]{1,4}){1,2}$/).map((code) => code.trim()).filter((code) => code.includes("-"));

  it("a draft rule's patterns match exactly its code string, and no other, whatever dashes, stars or separators the codes hold", () => {
    fc.assert(
      fc.property(dashedCode, dashedCode, fc.constantFrom(...ACCOUNTS), (code, other, account) => {
        const [draft] = draftMappingRow(["Konto", "Ansvar", "Rad", "Fördelning"], { account, responsibility: code }).rows;
        const mapping = readMapping(mappingTable([[draft[0], draft[1], "", "Rad", "Gemensam"]]), parties);
        expect(mapping.ruleFor({ account, responsibility: code })?.position).toBe(1);
        expect(mapping.ruleFor({ account, responsibility: other }) === undefined).toBe(other.trim() !== code);
      }),
      { numRuns: 2000 }
    );
  });

  it("is a range only where that is the one reading; any other dash asks for the code in quotes", () => {
    const mapping = readMapping(mappingTable([["", '"1-2A"', "", "Exakt", "Gemensam"], ["", "P1-P9", "", "Textintervall", "Gemensam"], ["4000-4999", '"17-00"; 1700', "", "Tal", "Gemensam"]]), parties);
    expect(mapping.ruleFor({ account: "5010", responsibility: "1-2A" })?.line).toBe("Exakt");
    expect(mapping.ruleFor({ account: "5010", responsibility: "1-2" })).toBeUndefined();
    expect(mapping.ruleFor({ account: "5010", responsibility: "P5" })?.line).toBe("Textintervall");
    expect(mapping.ruleFor({ account: "4010", responsibility: "17-00" })?.line).toBe("Tal");
    expect(mapping.ruleFor({ account: "4010", responsibility: "1700" })?.line).toBe("Tal");
    for (const pattern of ["1-2A", "4010-1", "-5", "1-2-3", '"1-2A', '"A"B']) {
      expectOitError(() => readMapping(mappingTable([["", pattern, "", "X", "Gemensam"]]), parties), "mappingBadPattern", { sv: [`”${pattern}”`, "kolumn Ansvar", '"1-2A"'], en: ["double quotes"] });
    }
  });
});

describe("the rules of a formula (OIT.MAPPA)", () => {
  const range = (line: string) => [["Konto", "Ansvar", "Rad", "Fördelning"], ["5*", 1700, line, "Gemensam"], ["1000-2999", null, null, "Exkluderas"]];

  it("are compiled once per content: every call's own copy of the same cells finds the compiled rules, a changed cell does not", () => {
    const first = mappingFromRange(range("Personal"));
    expect(mappingFromRange(range("Personal"))).toBe(first);
    const changed = mappingFromRange(range("Löner"));
    expect(changed).not.toBe(first);
    expect(changed.ruleFor({ account: "5010", responsibility: "1700" })?.line).toBe("Löner");
    expect(mappingFromRange([...range("Personal"), ["6*", null, "Resor", "Gemensam"]])).not.toBe(first);
    expect(mappingFromRange(range("Personal"))).toBe(first);
  });

  it("keep the eight tables used last: a ninth pushes out the one unused longest, which is compiled again", () => {
    const first = mappingFromRange(range("Tabell 0"));
    for (let i = 1; i <= 7; i++) mappingFromRange(range(`Tabell ${i}`));
    expect(mappingFromRange(range("Tabell 0"))).toBe(first);
    for (let i = 8; i <= 15; i++) mappingFromRange(range(`Tabell ${i}`));
    const again = mappingFromRange(range("Tabell 0"));
    expect(again).not.toBe(first);
    expect(again.ruleFor({ account: "5010", responsibility: "1700" })?.line).toBe("Tabell 0");
  });
});
