import fc from "fast-check";
import {
  candidateName,
  chooseReportSheet,
  temporarySheetName,
  type ExistingSheet,
} from "../../../src/core/report/sheetNames";
import { sameName } from "../../../src/core/workbook";

const BASE = "Rapport jan–aug 2027";
const mine = (name: string): ExistingSheet => ({ name, marked: true });
const users = (name: string): ExistingSheet => ({ name, marked: false });

describe("chooseReportSheet", () => {
  it("takes the period's name when it is free", () => {
    expect(chooseReportSheet(BASE, [users("Underlag")])).toEqual({ name: BASE });
  });

  it("replaces an earlier report of ours, whatever the case of its name", () => {
    const old = mine("rapport JAN–AUG 2027");
    expect(chooseReportSheet(BASE, [users("Underlag"), old])).toEqual({
      name: BASE,
      replaces: old,
    });
  });

  it("steps past users' sheets to the first name that is free or ours", () => {
    expect(chooseReportSheet(BASE, [users(BASE), users(`${BASE} (2)`)])).toEqual({
      name: `${BASE} (3)`,
    });
    const ours = mine(`${BASE} (2)`);
    expect(chooseReportSheet(BASE, [users(BASE), ours])).toEqual({
      name: `${BASE} (2)`,
      replaces: ours,
    });
  });

  it("never picks a user's sheet, and picks the first acceptable candidate", () => {
    const sheet = fc.record({ attempt: fc.integer({ min: 1, max: 6 }), marked: fc.boolean() });
    fc.assert(
      fc.property(fc.uniqueArray(sheet, { selector: (s) => s.attempt }), (specs) => {
        const sheets = specs.map((s) => ({
          name: candidateName(BASE, s.attempt),
          marked: s.marked,
        }));
        const choice = chooseReportSheet(BASE, sheets);
        const taken = sheets.find((s) => s.name === choice.name);
        expect(taken?.marked ?? true).toBe(true);
        expect(choice.replaces).toBe(taken);
        const attempt = Array.from({ length: 8 }, (_, i) => i + 1).find(
          (n) => candidateName(BASE, n) === choice.name
        )!;
        for (let earlier = 1; earlier < attempt; earlier++) {
          expect(sheets.find((s) => s.name === candidateName(BASE, earlier))?.marked).toBe(false);
        }
      })
    );
  });
});

describe("sheet names by the workbook's one name rule, within Excel's constraints", () => {
  it("takes a user's sheet spelt with another dash, spacing or Unicode form for the same name, so no near-twin is made beside it", () => {
    for (const spelt of ["Rapport jan-aug 2027", "Rapport  jan – aug 2027 ", "RAPPORT JAN‐AUG 2027"]) {
      expect(chooseReportSheet(BASE, [users(spelt)])).toEqual({ name: `${BASE} (2)` });
    }
    const decomposed = users("Mo\u0308rbyla\u030anga");
    expect(chooseReportSheet("Mörbylånga", [decomposed])).toEqual({ name: "Mörbylånga (2)" });
    expect(chooseReportSheet("Mörbylånga", [{ ...decomposed, marked: true }]).replaces).toEqual({ ...decomposed, marked: true });
  });

  it("calls the same every pair of names Excel does (it ignores case), so a name free by the rule is free to Excel", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 31 }), fc.array(fc.boolean(), { maxLength: 31 }), (name, upper) => {
        const cased = [...name].map((char, i) => (upper[i] ? char.toUpperCase() : char.toLowerCase())).join("");
        expect(sameName(cased, name)).toBe(true);
      }),
      { numRuns: 2000 }
    );
  });
});

describe("temporarySheetName", () => {
  it("is a name no sheet has", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string(),
            fc.integer({ min: 1, max: 5 }).map((n) => `oit TMP ${n}`)
          )
        ),
        (names) => {
          const name = temporarySheetName(names.map(users));
          expect(names.map((n) => n.toLowerCase())).not.toContain(name.toLowerCase());
          expect(name.length).toBeLessThanOrEqual(31);
        }
      )
    );
  });
});

/** The writer's question in names: which sheets exist, and which of them carry the marker. */
function reportSheetSlot(wanted: string, existing: readonly string[], marked: readonly string[]): string {
  const ours = new Set(marked);
  return chooseReportSheet(wanted, existing.map((name) => ({ name, marked: ours.has(name) }))).name;
}

describe("chooseReportSheet with names as the ExcelJS writer sees them", () => {
  test("its own name when free or the add-in's; a numbered name past the user's sheets", () => {
    expect(reportSheetSlot("Rapport jan–aug 2027", ["Underlag"], [])).toBe("Rapport jan–aug 2027");
    expect(reportSheetSlot("Rapport jan–aug 2027", ["Rapport jan–aug 2027"], ["Rapport jan–aug 2027"])).toBe("Rapport jan–aug 2027");
    expect(reportSheetSlot("Rapport jan–aug 2027", ["RAPPORT jan–aug 2027"], [])).toBe("Rapport jan–aug 2027 (2)");
    expect(reportSheetSlot("Rapport jan–aug 2027", ["Rapport jan–aug 2027", "Rapport jan–aug 2027 (2)"], ["Rapport jan–aug 2027 (2)"])).toBe(
      "Rapport jan–aug 2027 (2)"
    );
  });

  test("never a sheet of the user's, never longer than Excel allows", () => {
    const name = fc.string({ minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(name, fc.array(name, { maxLength: 6 }), fc.array(name, { maxLength: 3 }), (wanted, users, ours) => {
        const existing = [...users, ...ours];
        const usersOnly = users.filter((user) => !ours.some((own) => own.toLowerCase() === user.toLowerCase()));
        const slot = reportSheetSlot(wanted, existing, ours);
        expect(slot.length).toBeLessThanOrEqual(31);
        expect(usersOnly.map((user) => user.toLowerCase())).not.toContain(slot.toLowerCase());
      })
    );
  });
});

