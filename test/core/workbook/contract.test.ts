import { dec } from "../../../src/core/decimal";
import { describe as describeError } from "../../../src/core/messages";
import { amountToDec, type ExactAmount } from "../../../src/core/rules";
import { findTable, keyForYear, readCauses, readKeys, readLedger, readProfiles, readSettings, requireColumn } from "../../../src/core/workbook";
import { errorOf, keysTable, ledgerHeaders, ledgerTable, settingsTable, standardSettings, table } from "../report/fixtures";

const shown = (amount: ExactAmount | null) => (amount ? amountToDec(amount).toString() : "–");

const parties = ["Borgholm", "Mörbylånga"];

describe("findTable", () => {
  const tables = [table("Underlag", ["Rad"], []), table("Fördelningsnycklar", ["År"], [])];

  it("matches without regard to case and surrounding spaces", () => {
    expect(findTable(tables, "  underlag ").name).toBe("Underlag");
    expect(findTable(tables, "FÖRDELNINGSNYCKLAR").name).toBe("Fördelningsnycklar");
  });

  it("matches an en dash to a hyphen", () => {
    const named = [table("Underlag jan–aug", ["Rad"], [])];
    expect(findTable(named, "underlag jan-aug").name).toBe("Underlag jan–aug");
  });

  it("names the missing table and lists the tables found", () => {
    const error = errorOf(() => findTable(tables, "Inställningar"));
    expect(error.code).toBe("missingTable");
    expect(describeError(error, "sv")).toBe("Tabellen ”Inställningar” finns inte i arbetsboken. Tabeller som finns: Underlag, Fördelningsnycklar");
    expect(describeError(error, "en")).toContain("Tables found: Underlag, Fördelningsnycklar");
  });
});

describe("columns", () => {
  it("reads the period written after Budget and Utfall, and Prognos as Årsprognos", () => {
    const ledger = readLedger(ledgerTable([["Licenser", "Gemensam", "Kostnad", 1, 2, 3, 4]]), parties);
    expect(ledger.hasBudgetColumn).toBe(true);
    expect(ledger.headerPeriod).toBe("jan-aug");
    const [row] = ledger.rows;
    expect([row.budget, row.outcome, row.annualBudget, row.forecast].map(shown)).toEqual(["1", "2", "3", "4"]);
  });

  it("does not take Årsbudget for Budget, nor a word that is not a period", () => {
    const t = table("Underlag", ["Rad", "Budget total", "Årsbudget"], []);
    expect(requireColumn(t, { name: "Årsbudget" }).index).toBe(2);
    expect(errorOf(() => requireColumn(t, { name: "Budget", period: true })).code).toBe("missingColumn");
  });

  it("names a missing required column, its table and sheet, and lists the columns found", () => {
    const headers = ledgerHeaders.filter((h) => !h.startsWith("Utfall"));
    const error = errorOf(() => readLedger(ledgerTable([], headers), parties));
    expect(error.code).toBe("missingColumn");
    expect(error.where).toMatchObject({ sheet: "Underlag", table: "Underlag" });
    expect(describeError(error, "sv")).toBe(
      "Kolumnen ”Utfall” saknas i tabellen Underlag på bladet Underlag. Kolumner som finns: Rad, Fördelning, Typ, Budget jan-aug, Årsbudget, Prognos"
    );
  });

  it("refuses two columns that mean the same", () => {
    const error = errorOf(() => readLedger(ledgerTable([], [...ledgerHeaders, "Årsprognos"]), parties));
    expect(error.code).toBe("ambiguousColumn");
    expect(describeError(error, "sv")).toContain("Prognos, Årsprognos");
  });
});

describe("readSettings", () => {
  it("reads every setting of the contract", () => {
    expect(readSettings(settingsTable({ ...standardSettings, "Nyckelns decimaler": 2 }))).toEqual({
      host: "Borgholm",
      year: 2027,
      throughMonth: 8,
      inputUnit: "kr",
      reportUnit: "tkr",
      rounding: "controlled",
      keyDecimals: 2,
    });
  });

  it("defaults the report's unit, the rounding and the key's decimals, and reads per cell", () => {
    const settings = readSettings(
      settingsTable({ värdkommun: "Borgholm", " år ": "2027", "Period t.o.m. månad": "4", "enhet i underlaget": "TKR", avrundning: "Per cell" })
    );
    expect(settings).toMatchObject({ year: 2027, throughMonth: 4, inputUnit: "tkr", reportUnit: "tkr", rounding: "per-cell", keyDecimals: 1 });
  });

  it("lets overrides win over the table, and works without the table", () => {
    expect(readSettings(settingsTable(standardSettings), { throughMonth: 4, reportUnit: "kr" })).toMatchObject({ throughMonth: 4, reportUnit: "kr" });
    expect(readSettings(undefined, { host: "Borgholm", year: 2026, throughMonth: 6, inputUnit: "tkr" })).toMatchObject({ year: 2026, inputUnit: "tkr" });
  });

  it("says which setting is missing", () => {
    const error = errorOf(() => readSettings(settingsTable({ Värdkommun: "Borgholm", År: 2027 })));
    expect(error.code).toBe("missingSetting");
    expect(describeError(error, "sv")).toBe("Inställningen ”Period t.o.m. månad” saknas i tabellen Inställningar");
  });

  it("requires the ledger's unit rather than guessing kr, which would make a ledger in tkr 1000 times too small", () => {
    const { "Enhet i underlaget": _unit, ...withoutUnit } = standardSettings;
    const error = errorOf(() => readSettings(settingsTable(withoutUnit)));
    expect(error.code).toBe("missingSetting");
    expect(error.where).toMatchObject({ table: "Inställningar", sheet: "Inställningar" });
    expect(describeError(error, "sv")).toBe("Inställningen ”Enhet i underlaget” saknas i tabellen Inställningar");
    expect(describeError(error, "en")).toBe("The setting “Enhet i underlaget” is missing from the table Inställningar");
    expect(errorOf(() => readSettings(undefined, { host: "Borgholm", year: 2026, throughMonth: 6 })).params.setting).toBe("Enhet i underlaget");
    expect(readSettings(settingsTable(withoutUnit), { inputUnit: "kr" }).inputUnit).toBe("kr");
  });

  it("names the row and cell of a bad value and lists the allowed ones", () => {
    const error = errorOf(() => readSettings(settingsTable({ ...standardSettings, Avrundning: "uppåt" })));
    expect(error.code).toBe("badSetting");
    expect(error.where).toMatchObject({ row: 6, address: "Inställningar!B7" });
    expect(describeError(error, "sv")).toBe(
      "Inställningen ”Avrundning” har värdet ”uppåt” på rad 6 i tabellen Inställningar (bladet Inställningar, Inställningar!B7). Tillåtna värden: summor stämmer, per cell, controlled, per-cell"
    );
    expect(errorOf(() => readSettings(settingsTable({ ...standardSettings, År: "i år" }))).code).toBe("badYear");
    expect(errorOf(() => readSettings(settingsTable({ ...standardSettings, "Period t.o.m. månad": 13 }))).where).toMatchObject({ row: 3, columnName: "Värde" });
  });
});

describe("keys", () => {
  it("computes blank Andel from Användare with the key rule (worked example 1 700 / 2 100)", () => {
    const key = keyForYear(readKeys(keysTable()), 2027, 1);
    expect(key.parties).toEqual(parties);
    expect(key.shares.map(String)).toEqual(["0.447", "0.553"]);
    expect(key.warnings).toEqual([]);
  });

  it("lets a decided Andel win, typed as text or as an Excel percentage", () => {
    const key = keyForYear(readKeys(keysTable([[2027, "Borgholm", 1700, "45,0 %"], [2027, "Mörbylånga", 2100, 0.55]])), 2027);
    expect(key.shares.map(String)).toEqual(["0.45", "0.55"]);
    expect(key.warnings.map((warning) => warning.params.party)).toEqual(parties);
    expect(describeError(key.warnings[0], "sv")).toBe(
      "Den beslutade andelen för Borgholm år 2027 (45 %) skiljer sig från den som beräknas ur användarna (44,7 %) i bladet Inställningar, tabellen Fördelningsnycklar, rad 1, kolumn Andel"
    );
    expect(describeError(key.warnings[0], "en")).toBe(
      "The decided share of Borgholm for 2027 (45 %) differs from the one computed from the users (44.7 %) in sheet Inställningar, table Fördelningsnycklar, row 1, column Andel"
    );
  });

  it("warns only beyond half a unit of the decided share's last decimal", () => {
    // 1 700 / 3 800 = 44,736… %: 44,7 % is within 0,05; 44,8 % is not.
    expect(keyForYear(readKeys(keysTable([[2027, "Borgholm", 1700, 0.447], [2027, "Mörbylånga", 2100, 0.553]])), 2027).warnings).toEqual([]);
    expect(keyForYear(readKeys(keysTable([[2027, "Borgholm", 1700, 0.448], [2027, "Mörbylånga", 2100, 0.552]])), 2027).warnings).toHaveLength(2);
  });

  it("uses the year asked for, parties in table order, with more percent decimals when asked", () => {
    const entries = readKeys(keysTable([[2026, "Borgholm", 1, null], [2027, "Mörbylånga", 2, null], [2027, "Borgholm", 1, null], [2026, "Mörbylånga", 1, null]]));
    const key = keyForYear(entries, 2027, 2);
    expect(key.parties).toEqual(["Mörbylånga", "Borgholm"]);
    expect(key.shares.map(String)).toEqual(["0.6667", "0.3333"]);
  });

  it("issue 7: applies a formula's binary noise as the decided key and warns of shares finer than it", () => {
    const key = keyForYear(readKeys(keysTable([[2027, "Borgholm", null, 0.447], [2027, "Mörbylånga", null, 1 - 0.447]])), 2027);
    expect(key.shares.map(String)).toEqual(["0.447", "0.553"]);
    expect(key.warnings.map((w) => w.code)).toEqual(["keyNotRounded"]);
  });

  it("names the missing year and the years found", () => {
    const error = errorOf(() => keyForYear(readKeys(keysTable()), 2028));
    expect(error.code).toBe("keyYearMissing");
    expect(describeError(error, "sv")).toBe("Tabellen Fördelningsnycklar har ingen fördelningsnyckel för år 2028. År som finns: 2027");
    expect(describeError(error, "en")).toContain("for the year 2028. Years found: 2027");
  });

  it("refuses decided shares that do not sum to 100 %, a share over 100 %, a party twice and bad users", () => {
    expect(errorOf(() => keyForYear(readKeys(keysTable([[2027, "Borgholm", null, 0.447], [2027, "Mörbylånga", null, 0.5]])), 2027)).code).toBe("keySum");
    const over = errorOf(() => readKeys(keysTable([[2027, "Borgholm", null, "120 %"]])));
    expect(over.code).toBe("shareRange");
    expect(describeError(over, "sv")).toContain("rad 1 i tabellen Fördelningsnycklar (bladet Inställningar, Inställningar!D13)");
    expect(errorOf(() => keyForYear(readKeys(keysTable([[2027, "Borgholm", 1, null], [2027, "borgholm", 2, null]])), 2027)).code).toBe("keyDuplicateParty");
    expect(errorOf(() => readKeys(keysTable([[2027, "Borgholm", -5, null]]))).where).toMatchObject({ row: 1, columnName: "Användare", address: "Inställningar!C13" });
    expect(errorOf(() => keyForYear(readKeys(keysTable([[2027, "Borgholm", null, null], [2027, "Mörbylånga", 2, null]])), 2027)).code).toBe("keyRowEmpty");
  });
});

describe("readLedger", () => {
  it("reads blank amounts as 0 and Swedish text numbers exactly", () => {
    const [row] = readLedger(ledgerTable([["Licenser", "Gemensam", "Kostnad", null, "1 234,50", "−90", ""]]), parties).rows;
    expect([row.budget, row.outcome, row.annualBudget, row.forecast].map(shown)).toEqual(["0", "1234.5", "-90", "0"]);
  });

  it("matches Fördelning to Gemensam and to the parties without regard to case and spaces", () => {
    const rows = readLedger(ledgerTable([["A", " gemensam", "", 0, 0, 1, 0], ["B", "MÖRBYLÅNGA ", "", 0, 0, 1, 0]]), parties).rows;
    expect(rows.map((row) => row.allocation)).toEqual(["Gemensam", "Mörbylånga"]);
  });

  it("takes the section from Typ, else from Konto 3xxx, else from the sign of Årsbudget", () => {
    const headers = ["Rad", "Fördelning", "Typ", "Konto", "Utfall", "Årsbudget", "Årsprognos"];
    const rows = readLedger(
      ledgerTable(
        [
          ["Typ säger intäkt", "Gemensam", "Intäkt", 4010, 0, 100, 0],
          ["Konto 3xxx", "Gemensam", null, 3510, 0, 100, 0],
          ["Konto 4xxx", "Gemensam", null, "4010", 0, -100, 0],
          ["Negativ årsbudget", "Gemensam", null, null, 0, -100, 0],
          ["Positiv årsbudget", "Gemensam", null, null, 0, 100, 0],
        ],
        headers
      ),
      parties
    ).rows;
    expect(rows.map((row) => row.section)).toEqual(["revenue", "revenue", "cost", "revenue", "cost"]);
  });

  it("skips blank rows and has no budget without a Budget column", () => {
    const headers = ["Rad", "Fördelning", "Utfall", "Årsbudget", "Årsprognos"];
    const ledger = readLedger(ledgerTable([[null, "", null, null, null], ["A", "Gemensam", 1, 2, 3]], headers), parties);
    expect(ledger.rows).toHaveLength(1);
    expect(ledger.hasBudgetColumn).toBe(false);
    expect(ledger.rows[0].budget).toBeNull();
  });

  it("names the table row, the column and the cell of text in an amount", () => {
    const error = errorOf(() => readLedger(ledgerTable([["A", "Gemensam", "Kostnad", 1, 2, 3, 4], ["B", "Gemensam", "Kostnad", 1, "tolv", 3, 4]]), parties));
    expect(error.code).toBe("notANumber");
    expect(error.where).toEqual({ sheet: "Underlag", table: "Underlag", row: 2, column: 5, columnName: "Utfall jan–aug", address: "Underlag!E3" });
    expect(describeError(error, "sv")).toContain("”tolv”");
    expect(describeError(error, "sv")).toContain("bladet Underlag, tabellen Underlag, rad 2, kolumn Utfall jan–aug");
    expect(describeError(error, "en")).toContain("row 2, column Utfall jan–aug");
  });

  it("names the cell of an Excel error value", () => {
    const error = errorOf(() => readLedger(ledgerTable([["A", "Gemensam", "Kostnad", 1, 2, "#N/A", 4]]), parties));
    expect(error.code).toBe("errorValue");
    expect(error.where).toMatchObject({ row: 1, columnName: "Årsbudget", address: "Underlag!F2" });
  });

  it("names the row of an unknown party and lists the allowed allocations", () => {
    const error = errorOf(() => readLedger(ledgerTable([["A", "Gemensam", "Kostnad", 1, 2, 3, 4], ["B", "Kalmar", "Kostnad", 1, 2, 3, 4]]), parties));
    expect(error.code).toBe("unknownParty");
    expect(error.where).toMatchObject({ row: 2, columnName: "Fördelning", address: "Underlag!B3" });
    expect(describeError(error, "sv")).toBe(
      "Fördelningen ”Kalmar” på rad 2 i tabellen Underlag (bladet Underlag, Underlag!B3) är varken Gemensam eller en part. Tillåtna värden: Gemensam, Borgholm, Mörbylånga"
    );
  });

  it("quotes a sheet name with spaces in the address, and uses Table[Column] without an origin", () => {
    const quoted = errorOf(() => readLedger(table("Underlag", ledgerHeaders, [["A", "X", "", 0, 0, 0, 0]], "Mitt blad"), parties));
    expect(quoted.where?.address).toBe("'Mitt blad'!C4");
    const noOrigin = errorOf(() => readLedger({ name: "Underlag", sheet: "U", headers: ledgerHeaders, rows: [["A", "X", "", 0, 0, 0, 0]] }, parties));
    expect(describeError(noOrigin, "sv")).toContain("(bladet U, Underlag[Fördelning])");
  });

  it("refuses a row with amounts but no Rad, and an unknown Typ", () => {
    expect(errorOf(() => readLedger(ledgerTable([[null, "Gemensam", "Kostnad", 1, 2, 3, 4]]), parties)).code).toBe("blankLabel");
    const typ = errorOf(() => readLedger(ledgerTable([["A", "Gemensam", "Utgift", 1, 2, 3, 4]]), parties));
    expect(typ.code).toBe("badSection");
    expect(describeError(typ, "sv")).toContain("”Utgift” på rad 1 i tabellen Underlag");
  });
});

describe("profiles and causes", () => {
  const months = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];

  it("reads Rad and the twelve month weights", () => {
    const profiles = readProfiles(table("Periodiseringsprofiler", ["Rad", ...months], [["Licenser", 12, ...Array(11).fill(0)]]));
    expect(profiles[0].line).toBe("Licenser");
    expect(profiles[0].weights.map(Number)).toEqual([12, ...Array(11).fill(0)]);
  });

  it("names a missing month column", () => {
    const error = errorOf(() => readProfiles(table("Periodiseringsprofiler", ["Rad", ...months.slice(0, 11)], [])));
    expect(describeError(error, "sv")).toContain("Kolumnen ”dec” saknas i tabellen Periodiseringsprofiler");
  });

  it("reads causes in the report's unit and refuses one without an amount", () => {
    const causes = readCauses(table("Avvikelseorsaker", ["Orsak", "Belopp"], [["Licenser", "-120"], ["Telefoni", -75.5]]), "tkr", "tkr");
    expect(causes.map((c) => [c.cause, c.amount.toString()])).toEqual([["Licenser", "-120"], ["Telefoni", "-75.5"]]);
    const error = errorOf(() => readCauses(table("Avvikelseorsaker", ["Orsak", "Belopp"], [["Licenser", null]]), "tkr", "tkr"));
    expect(error.where).toMatchObject({ row: 1, columnName: "Belopp" });
  });

  it("keeps the exact fraction of a share", () => {
    expect(readKeys(keysTable([[2027, "Borgholm", null, "44,7 %"]]))[0].share?.equals(dec("0.447"))).toBe(true);
  });
});
