import { checkWorkbook } from "../../../src/core/checks/checkWorkbook";
import { describe as describeError } from "../../../src/core/messages";
import { reportFromTables } from "../../../src/core/report";
import { readSettings } from "../../../src/core/workbook";
import { errorOf, keysTable, ledgerTable, table } from "../report/fixtures";

// issue 7, item 7: the same setting given twice is an error naming both rows (workbook.md, Inställningar).
const settingsRows = (rows: unknown[][]) => table("Inställningar", ["Inställning", "Värde"], rows, "Inställningar", { row: 1, column: 0 });

const twiceTheUnit = settingsRows([
  ["Värdkommun", "Borgholm"],
  ["År", 2027],
  ["Period t.o.m. månad", 8],
  ["Enhet i underlaget", "kr"],
  ["Enhet i rapporten", "tkr"],
  [" enhet i  underlaget", "tkr"],
]);

describe("a setting given twice", () => {
  it("is an error naming both rows and cells, not the last one winning (every figure ×1000)", () => {
    const error = errorOf(() => readSettings(twiceTheUnit));
    expect(error.code).toBe("duplicateSetting");
    expect(error.where).toMatchObject({ row: 6, address: "Inställningar!A7" });
    expect(describeError(error, "sv")).toBe(
      "Inställningen ”Enhet i underlaget” står två gånger i tabellen Inställningar (bladet Inställningar): rad 4 (Inställningar!A5) och rad 6 (Inställningar!A7). Behåll en av dem"
    );
    expect(describeError(error, "en")).toBe(
      "The setting “Enhet i underlaget” is given twice in the table Inställningar (sheet Inställningar): row 4 (Inställningar!A5) and row 6 (Inställningar!A7). Keep one of them"
    );
  });

  it("stops the report and is found by Kontroll", () => {
    expect(errorOf(() => reportFromTables([twiceTheUnit, keysTable(), ledgerTable()])).code).toBe("duplicateSetting");
    expect(checkWorkbook([twiceTheUnit, keysTable(), ledgerTable()]).map((f) => [f.severity, f.problem.code])).toContainEqual(["error", "duplicateSetting"]);
  });

  it("counts only rows that give a value, and twice the same value is still twice", () => {
    const blankSecond = settingsRows([...twiceTheUnit.rows.slice(0, 5), ["Enhet i underlaget", null]]);
    expect(readSettings(blankSecond).inputUnit).toBe("kr");
    const same = settingsRows([...twiceTheUnit.rows.slice(0, 5), ["Enhet i underlaget", "kr"]]);
    expect(errorOf(() => readSettings(same)).code).toBe("duplicateSetting");
  });
});
