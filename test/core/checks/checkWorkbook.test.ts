import { checkWorkbook } from "../../../src/core/checks/checkWorkbook";
import { layoutMismatch } from "../../../src/core/checks/layoutMismatch";
import { describe as describeError } from "../../../src/core/messages";
import type { SheetLayout } from "../../../src/core/report/layout.types";
import type { TableData } from "../../../src/core/workbook/types";

const keys = (rows: unknown[][]): TableData => ({
  name: "Fördelningsnycklar",
  sheet: "Inställningar",
  headers: ["År", "Part", "Användare", "Andel"],
  rows,
  origin: { row: 1, column: 0 },
});

const settings: TableData = {
  name: "Inställningar",
  sheet: "Inställningar",
  headers: ["Inställning", "Värde"],
  rows: [["Värdkommun", "Borgholm"], ["År", 2027], ["Period t.o.m. månad", 8], ["Enhet i underlaget", "kr"]],
  origin: { row: 1, column: 5 },
};

const ledger = (rows: unknown[][]): TableData => ({
  name: "Underlag",
  sheet: "Underlag",
  headers: ["Rad", "Fördelning", "Typ", "Utfall jan-aug", "Årsbudget", "Årsprognos"],
  rows,
  origin: { row: 1, column: 0 },
});

const goodKeys = keys([[2027, "Borgholm", 1700, 0.447], [2027, "Mörbylånga", 2100, 0.553]]);

function codes(tables: TableData[]) {
  return checkWorkbook(tables).map((f) => [f.severity, f.problem.code, f.problem.where?.address]);
}

describe("checkWorkbook", () => {
  it("says there is no ledger rather than finding no problems in one", () => {
    const findings = checkWorkbook([goodKeys, settings]);
    expect(findings.map((f) => [f.severity, f.problem.code])).toEqual([["error", "noLedger"]]);
    expect(describeError(findings[0].problem, "sv")).toContain("Fördelningsnycklar, Inställningar");
  });

  it("reads an Underlag that lacks a ledger's column, and names the column", () => {
    const broken: TableData = { ...ledger([["Personal", 100, 150, 150]]), headers: ["Rad", "Utfall jan-aug", "Årsbudget", "Årsprognos"] };
    const findings = checkWorkbook([goodKeys, settings, broken]);
    expect(findings.map((f) => [f.problem.code, f.problem.params.column])).toEqual([["missingColumn", "Fördelning"]]);
  });

  it("names a missing Inställningar table as a missing table, not as a missing setting", () => {
    const good = ledger([["Personal", "Gemensam", "Kostnad", 100, 150, 150]]);
    const findings = checkWorkbook([goodKeys, good]);
    expect(findings.map((f) => [f.problem.code, f.problem.params.table])).toEqual([["missingTable", "Inställningar"]]);
  });

  it("finds nothing in a workbook that follows the contract", () => {
    const good = ledger([["Personal", "Gemensam", "Kostnad", 100, 150, 150], ["Intäkter bolag", "Gemensam", "Intäkt", -10, -15, -15]]);
    expect(checkWorkbook([goodKeys, settings, good])).toEqual([]);
  });

  it("lists every bad ledger row at once, each with its cell", () => {
    const bad = ledger([
      ["Personal", "Gemensam", "Kostnad", "tio", 150, 150],
      ["Licenser", "Kalmar", "Kostnad", 5, 5, 5],
      ["Intäkter bolag", "Gemensam", "Intäkt", 10, -15, -15],
      ["Telefoni", "Gemensam", "Kostnad", -3, 5, 5],
      ["Nämndsarvoden", "Gemensam", "Kostnad", 1, 1, 1],
    ]);
    expect(codes([goodKeys, settings, bad])).toEqual([
      ["error", "notANumber", "Underlag!D2"],
      ["error", "unknownParty", "Underlag!B3"],
      ["warning", "revenueSign", "Underlag!D4"],
      ["warning", "costSign", "Underlag!D5"],
      ["warning", "boardFeesShared", "Underlag!B6"],
    ]);
  });

  it("warns when a decided share is off the users and errs when the shares do not sum to 100 %", () => {
    const off = keys([[2027, "Borgholm", 1700, 0.46], [2027, "Mörbylånga", 2100, 0.54]]);
    const findings = checkWorkbook([off, settings, ledger([])]);
    expect(findings.map((f) => f.problem.code)).toEqual(["keyDiffers", "keyDiffers"]);
    expect(describeError(findings[0].problem, "sv")).toContain("46 %");
    expect(describeError(findings[0].problem, "sv")).toContain("(44,7 %)");
    const sum = checkWorkbook([keys([[2026, "A", null, 0.5], [2026, "B", null, 0.4]]), settings, ledger([])]);
    expect(sum.map((f) => [f.severity, f.problem.code])).toEqual([["error", "keySum"]]);
  });

  it("issue 7: warns when the shares have more decimals than the key's and do not sum to exactly 100 %", () => {
    // Within 1e-9 of 100 %: applied as given, never rescaled, but the economist should round them.
    const unrounded = keys([[2027, "Borgholm", null, 0.4470000005], [2027, "Mörbylånga", null, 0.553]]);
    const findings = checkWorkbook([unrounded, settings, ledger([])]);
    expect(findings.map((f) => [f.severity, f.problem.code])).toEqual([["warning", "keyNotRounded"]]);
    expect(describeError(findings[0].problem, "sv")).toContain("fler decimaler än nyckelns 1 procentdecimaler och summerar till 100,00000005 %");
    expect(describeError(findings[0].problem, "en")).toContain("100.00000005 %, not exactly 100 %");
    // A formula's binary noise (=1-B2) is the same warning; the key is applied as 44,7 % / 55,3 %.
    const formula = keys([[2027, "Borgholm", 1700, 0.447], [2027, "Mörbylånga", 2100, 1 - 0.447]]);
    expect(checkWorkbook([formula, settings, ledger([])]).map((f) => f.problem.code)).toEqual(["keyNotRounded"]);
    // More decimals that sum to exactly 100 % (a key decided unrounded) and a key off by more than 1e-9 are not this warning.
    const exact = keys([[2027, "Borgholm", null, 0.4473684211], [2027, "Mörbylånga", null, 0.5526315789]]);
    expect(checkWorkbook([exact, settings, ledger([])]).map((f) => f.problem.code)).toEqual([]);
    const wrong = keys([[2027, "Borgholm", null, 0.4471], [2027, "Mörbylånga", null, 0.553]]);
    expect(checkWorkbook([wrong, settings, ledger([])]).map((f) => f.problem.code)).toEqual(["keySum"]);
  });

  it("says a missing key table is an error rather than finding nothing", () => {
    expect(checkWorkbook([settings, ledger([])]).map((f) => f.problem.code)).toEqual(["missingTable"]);
  });
});

describe("layoutMismatch", () => {
  const layout: SheetLayout = {
    sheetName: "Rapport jan–aug 2027",
    blocks: [{ row: 1, column: 0, values: [["Personal", 7000, null]], style: "line" }],
    columnWidths: [],
    freezeRows: 0,
  };
  it("finds the first cell that no longer shows the computed figure", () => {
    expect(layoutMismatch(layout, [[], ["Personal", 7000, ""]])).toBeNull();
    expect(layoutMismatch(layout, [[], ["Personal", 7001, ""]])).toEqual({ row: 1, column: 1 });
    expect(layoutMismatch(layout, [])).toEqual({ row: 1, column: 0 });
  });
});
