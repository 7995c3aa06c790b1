import { checkWorkbook } from "../../../src/core/checks/checkWorkbook";
import { parseAmount } from "../../../src/core/input";
import { keyForYear, readKeys, readLedger, sameName } from "../../../src/core/workbook";
import { expectOitError } from "../expectOitError";
import { keysTable, ledgerTable, workbook } from "../report/fixtures";

describe("messages that name the place in the workbook", () => {
  it("zero users in the key table names the table and its cells, not a function's argument", () => {
    const zero = keysTable([
      [2027, "Borgholm", 0, null],
      [2027, "Mörbylånga", 0, null],
    ]);
    const fragments = { sv: ["Fördelningsnycklar", "Inställningar!C13:C14", "2027"], en: ["Fördelningsnycklar", "Inställningar!C13:C14"] };
    const error = expectOitError(() => keyForYear(readKeys(zero), 2027), "usersZeroTotalInTable", fragments);
    expect(error.params.cells).toBe("Inställningar!C13:C14");
    const findings = checkWorkbook(workbook({ keys: zero }));
    expect(findings.map((f) => f.problem.code)).toContain("usersZeroTotalInTable");
    expect(findings.map((f) => f.problem.code)).not.toContain("usersZeroTotal");
  });

  it.each([
    [44.7, { sv: ["menade du 44,7 %", "0,447"], en: ["did you mean 44.7 %", "0.447"] }],
    ["55,3", { sv: ["menade du 55,3 %", "0,553"], en: ["did you mean 55.3 %"] }],
  ])("an Andel typed as %p suggests the percentage", (typed, fragments) => {
    const keys = keysTable([[2027, "Borgholm", 1700, typed]]);
    const error = expectOitError(() => readKeys(keys), "shareAsPercent", { sv: [...fragments.sv, "Inställningar!D13"], en: fragments.en });
    expect(error.where?.address).toBe("Inställningar!D13");
  });

  it("a share over 100 is still out of range", () => {
    expectOitError(() => readKeys(keysTable([[2027, "Borgholm", 1700, 447]])), "shareRange", { sv: ["447"] });
  });

  it("a date in an amount cell is shown as the date", () => {
    const where = { table: "Underlag", row: 3, columnName: "Utfall" };
    expectOitError(() => parseAmount(new Date(Date.UTC(2027, 2, 1)), where), "notANumber", { sv: ["”2027-03-01”"], en: ["“2027-03-01”"] });
    expectOitError(() => parseAmount(new Date(Date.UTC(2027, 2, 1, 14, 30)), where), "notANumber", { sv: ["”2027-03-01 14:30”"] });
  });

  it("compares names after Unicode normalisation: a decomposed Mörbylånga is Mörbylånga", () => {
    const decomposed = "Mo\u0308rbyla\u030anga";
    expect(decomposed).not.toBe("Mörbylånga");
    expect(sameName(decomposed, "Mörbylånga")).toBe(true);
    const ledger = readLedger(ledgerTable([["Licenser", decomposed, "Kostnad", 1, 2, 3, 4]]), ["Borgholm", "Mörbylånga"]);
    expect(ledger.rows[0].allocation).toBe("Mörbylånga");
  });
});
