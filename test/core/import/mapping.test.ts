import fc from "fast-check";
import { mapCodeString, readMapping, type CodeString } from "../../../src/core/import";
import type { TableData } from "../../../src/core/workbook/types";
import { expectOitError } from "../expectOitError";
import { ACCOUNTS, PROJECTS, RESPONSIBILITIES } from "./generators";

const parties = ["Borgholm", "Mörbylånga"];

function mappingTable(rows: unknown[][], headers = ["Konto", "Ansvar", "Projekt", "Rad", "Fördelning"]): TableData {
  return { name: "Mappning", sheet: "Mappning", headers, rows, origin: { row: 1, column: 0 } };
}

/**
 * The rule of workbook.md read literally, one pattern part at a time, with no index: the reference that the
 * compiled mapping must agree with.
 */
function partMatches(part: string, code: string | undefined): boolean {
  if (part === "*") return true;
  if (code === undefined || code === "") return false;
  if (part.endsWith("*")) return code.startsWith(part.slice(0, -1));
  const range = /^([^-]+)-([^-]+)$/.exec(part);
  if (!range) return code === part;
  const [low, high] = [range[1].trim(), range[2].trim()];
  if (/^\d+$/.test(low) && /^\d+$/.test(high)) return /^\d+$/.test(code) && Number(code) >= Number(low) && Number(code) <= Number(high);
  return code >= low && code <= high;
}

function patternMatches(pattern: string, code: string | undefined): boolean {
  const text = pattern.trim();
  return text === "" || text.split(/[,;]/).some((part) => partMatches(part.trim(), code));
}

function referenceRule(rules: readonly string[][], codes: CodeString): number | undefined {
  for (let i = 0; i < rules.length; i++) {
    const [account, responsibility, project] = rules[i];
    if (patternMatches(account, codes.account) && patternMatches(responsibility, codes.responsibility) && patternMatches(project, codes.project)) return i + 1;
  }
  return undefined;
}

function patternArb(pool: readonly string[]): fc.Arbitrary<string> {
  const code = fc.constantFrom(...pool);
  const part = fc.oneof(
    code,
    code.map((c) => `${c.slice(0, 1 + (c.length % 3))}*`),
    fc.tuple(code, code).map(([a, b]) => (a <= b ? `${a}-${b}` : `${b}-${a}`)),
    fc.tuple(fc.integer({ min: 1000, max: 8999 }), fc.integer({ min: 0, max: 2000 })).map(([low, width]) => `${low}-${low + width}`)
  );
  return fc.oneof(
    { arbitrary: fc.constant(""), weight: 3 },
    { arbitrary: fc.constant("*"), weight: 1 },
    { arbitrary: part, weight: 4 },
    { arbitrary: fc.tuple(part, part, fc.constantFrom(",", ";", " , ")).map(([a, b, sep]) => `${a}${sep}${b}`), weight: 2 }
  );
}

const ruleArb = fc.tuple(patternArb(ACCOUNTS), patternArb(RESPONSIBILITIES), patternArb(PROJECTS));
const codesArb = fc.record({
  account: fc.oneof(fc.constantFrom(...ACCOUNTS), fc.integer({ min: 1000, max: 9999 }).map(String)),
  responsibility: fc.option(fc.constantFrom("", ...RESPONSIBILITIES), { nil: undefined }),
  project: fc.option(fc.constantFrom("", ...PROJECTS), { nil: undefined }),
});

describe("the compiled mapping", () => {
  it("gives the rule a plain first-match loop over the rules gives, for any rules and code strings", () => {
    fc.assert(
      fc.property(fc.array(ruleArb, { minLength: 1, maxLength: 30 }), fc.array(codesArb, { minLength: 1, maxLength: 30 }), (rules, codeStrings) => {
        const mapping = readMapping(mappingTable(rules.map((patterns, i) => [...patterns, `Rad ${i + 1}`, "Gemensam"])), parties);
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
