import { checkWorkbook } from "../../../src/core/checks/checkWorkbook";
import { reportFromTables } from "../../../src/core/report";
import { costSplit } from "../../../src/core/rules";
import { Dec } from "../../../src/core/decimal";
import { readKeys, readLedger } from "../../../src/core/workbook";
import { expectOitError } from "../expectOitError";
import { keysTable, ledgerTable, settingsTable, standardSettings } from "../report/fixtures";

// issue 7, item 6: a party may not be named Gemensam or Exkluderas (workbook.md, the ledger).
const ledger = ledgerTable([
  ["Personalkostnader", "Gemensam", "Kostnad", 600, 700, 1000, 1000],
  ["Nämndsarvoden", "Borgholm", "Kostnad", 6, 7, 10, 10],
]);

describe.each(["Gemensam", "Exkluderas", " gemensam ", "EXKLUDERAS"])("a party named %j", (name) => {
  const keys = keysTable([
    [2027, "Borgholm", 1700, null],
    [2027, name, 2100, null],
  ]);

  it("is refused by the key table's reader, naming the cell (not a committee Total of 2 010 for a ledger of 1 010)", () => {
    expectOitError(() => readKeys(keys), "reservedPartyName", {
      sv: [`”${name.trim()}”`, "tabellen Fördelningsnycklar", "rad 2", "kolumn Part", "Gemensam, Exkluderas"],
      en: [`“${name.trim()}”`, "table Fördelningsnycklar", "row 2", "column Part"],
    });
    expectOitError(() => reportFromTables([settingsTable(standardSettings), keys, ledger]), "reservedPartyName");
  });

  it("is found by Kontroll", () => {
    const findings = checkWorkbook([settingsTable(standardSettings), keys, ledger]);
    expect(findings.map((f) => [f.severity, f.problem.code])).toContainEqual(["error", "reservedPartyName"]);
  });

  it("is refused by the ledger's reader and by OIT.COSTSPLIT's rule", () => {
    expectOitError(() => readLedger(ledger, ["Borgholm", name]), "reservedPartyName", { en: [`“${name.trim()}”`] });
    const shares = [new Dec("0.5"), new Dec("0.5")];
    expectOitError(() => costSplit([{ amount: 1, tag: "Gemensam" }], ["Borgholm", name], shares), "reservedPartyName", {
      sv: ["argumentet parter, rad 2"],
      en: ["argument parties, row 2"],
    });
  });
});
