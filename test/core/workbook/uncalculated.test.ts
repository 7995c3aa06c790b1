import { checkWorkbook } from "../../../src/core/checks/checkWorkbook";
import { describe as describeError } from "../../../src/core/messages";
import { reportFromTables } from "../../../src/core/report";
import { readCauses, readKeys, readLedger, readProfiles, readSettings } from "../../../src/core/workbook";
import type { TableData } from "../../../src/core/workbook/types";
import { errorOf, keysTable, ledgerTable, settingsTable, standardSettings, table } from "../report/fixtures";

// issue 7, item 4: a formula with no computed value (TableData.uncalculated; its value is null) is refused by name.
const withUncalculated = (source: TableData, cells: { row: number; column: number }[]): TableData => ({ ...source, uncalculated: cells });

describe("a formula cell without a computed value", () => {
  const ledger = withUncalculated(ledgerTable(), [{ row: 1, column: 6 }]);

  it("is an error naming the cell, where read as blank it was a 0 forecast", () => {
    const error = errorOf(() => readLedger(ledger, ["Borgholm", "Mörbylånga"]));
    expect(error.code).toBe("uncalculatedFormula");
    expect(error.where).toMatchObject({ row: 2, columnName: "Prognos", address: "Underlag!G3" });
    expect(describeError(error, "sv")).toBe(
      "Cellen Underlag!G3 (rad 2 i tabellen Underlag, bladet Underlag) har en formel utan beräknat värde: filen sparades av ett program som inte räknar. Öppna och spara arbetsboken i Excel så att värdena räknas ut"
    );
    expect(describeError(error, "en")).toContain("The cell Underlag!G3 (row 2 of the table Underlag, sheet Underlag) holds a formula with no computed value");
    expect(errorOf(() => reportFromTables([settingsTable(standardSettings), keysTable(), ledger])).code).toBe("uncalculatedFormula");
  });

  it("is refused in every table the report reads: settings, key, profiles, causes", () => {
    const one = [{ row: 0, column: 1 }];
    expect(errorOf(() => readSettings(withUncalculated(settingsTable(standardSettings), one))).code).toBe("uncalculatedFormula");
    expect(errorOf(() => readKeys(withUncalculated(keysTable(), one))).code).toBe("uncalculatedFormula");
    const profiles = table("Periodiseringsprofiler", ["Rad", "jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"], [["Licenser", 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]]);
    expect(errorOf(() => readProfiles(withUncalculated(profiles, one))).code).toBe("uncalculatedFormula");
    const causes = table("Avvikelseorsaker", ["Orsak", "Belopp"], [["Licenser", null]]);
    expect(errorOf(() => readCauses(withUncalculated(causes, one), "tkr", "tkr")).code).toBe("uncalculatedFormula");
  });

  it("is listed by Kontroll, each cell", () => {
    const twice = withUncalculated(ledgerTable(), [{ row: 1, column: 6 }, { row: 3, column: 4 }]);
    const findings = checkWorkbook([settingsTable(standardSettings), keysTable(), twice]);
    expect(findings.filter((f) => f.problem.code === "uncalculatedFormula").map((f) => [f.severity, f.problem.where?.address])).toEqual([
      ["error", "Underlag!G3"],
      ["error", "Underlag!E5"],
    ]);
  });
});
