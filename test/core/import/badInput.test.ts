import { importLedger, readCsvExport, readMapping, readSieExport, readTableExport } from "../../../src/core/import";
import { readWorkbookExport } from "../../../src/core/import/table";
import { encodeCp437 } from "../../../src/core/import/text";
import type { TableData } from "../../../src/core/workbook/types";
import { expectOitError } from "../expectOitError";
import { settings2027 } from "./generators";

const parties = ["Borgholm", "Mörbylånga"];
const csv = (text: string) => () => readCsvExport(new TextEncoder().encode(text), "huvudbok.csv", settings2027());
const sie = (...lines: string[]) => () => readSieExport(encodeCp437(lines.join("\r\n")), "huvudbok.se", settings2027());
const head = ["#FLAGGA 0", "#FORMAT PC8", "#SIETYP 4", "#RAR 0 20270101 20271231"];
const mapping = (rows: unknown[][]): TableData => ({ name: "Mappning", sheet: "Regler", headers: ["Konto", "Ansvar", "Rad", "Fördelning"], rows, origin: { row: 1, column: 0 } });

describe("bad SIE input is a message naming the line, never a partial ledger", () => {
  it("a line that cannot be read: its number and its text", () => {
    expectOitError(sie(...head, '#VER A 1 20270115 "Lön"', "{", '#TRANS 5010 {1 "1700" 1234.50', "}"), "sieUnreadable", {
      sv: ["filen huvudbok.se, rad 7", '#TRANS 5010 {1 "1700" 1234.50'],
      en: ["the file huvudbok.se, line 7", '#TRANS 5010 {1 "1700" 1234.50'],
    });
    expectOitError(sie(...head, "5010 1234.50"), "sieUnreadable", { sv: ["rad 5", "5010 1234.50"] });
    expectOitError(sie(...head, "#TRANS 5010 {} 10.00"), "sieUnreadable", { en: ["line 5"] });
  });

  it("an amount or a date that is not one", () => {
    expectOitError(sie(...head, '#VER A 1 20270115 "Lön"', "{", "#TRANS 5010 {} 12,50", "}"), "sieBadAmount", { sv: ["”12,50”", "rad 7"] });
    expectOitError(sie(...head, '#VER A 1 20271315 "Lön"', "{", "}"), "sieBadDate", { en: ["“20271315”", "line 5"] });
  });

  it("#FORMAT other than PC8", () => {
    expectOitError(sie("#FLAGGA 0", "#FORMAT UTF8", "#RAR 0 20270101 20271231"), "sieFormat", { sv: ["#FORMAT UTF8", "rad 2", "PC8"], en: ["PC8"] });
  });

  it("a #RAR 0 that does not cover the year of the settings, or none", () => {
    expectOitError(sie("#FLAGGA 0", "#FORMAT PC8", "#RAR 0 20260101 20261231", "#PSALDO 0 202601 5010 {} 1.00"), "sieYear", { sv: ["20260101–20261231", "rad 3", "2027"] });
    expectOitError(sie("#FLAGGA 0", "#FORMAT PC8", "#PSALDO 0 202701 5010 {} 1.00"), "sieYear", { en: ["–", "2027"] });
  });

  it("a transaction dated outside the year, by its own date or its voucher's", () => {
    expectOitError(sie(...head, '#VER A 1 20270115 "Lön"', "{", "#TRANS 5010 {} 10.00 20280102", "}"), "sieOutsideYear", { sv: ["20280102", "2027", "rad 7"] });
    expectOitError(sie(...head, '#VER A 1 20261231 "Lön"', "{", "#TRANS 5010 {} 10.00", "}"), "sieOutsideYear", { en: ["20261231", "line 7"] });
    expectOitError(sie(...head, "#PSALDO 0 202801 5010 {} 10.00"), "sieOutsideYear", { en: ["202801", "line 5"] });
  });

  it("rows per object that do not sum to the account's total row: both named", () => {
    expectOitError(sie(...head, "#PSALDO 0 202701 5010 {} 300.00", '#PSALDO 0 202701 5010 {1 "1700"} 100.00', '#PSALDO 0 202701 5010 {1 "1710"} 150.00'), "sieObjectsDiffer", {
      sv: ["Konto 5010 period 202701", "250", "rad 6", "rad 5 anger 300"],
    });
  });
});

describe("bad CSV and sheet input names the row and the column", () => {
  it("a ragged row", () => {
    expectOitError(csv("Titel\nKonto;Ansvar;Utfall\n5010;1700;1\n5010;1700\n"), "exportRaggedRow", { sv: ["2 fält", "3", "filen huvudbok.csv, rad 4"], en: ["2 fields", "row 4"] });
  });

  it("two columns that both look like Utfall: both named", () => {
    expectOitError(csv("Konto;Utfall;Utfall ack\n5010;1;2\n"), "exportAmbiguousColumn", { sv: ["”Utfall”", "Utfall, Utfall ack"], en: ["Utfall, Utfall ack"] });
  });

  it("an amount that is not a number: row and column", () => {
    expectOitError(csv("Konto;Utfall ack;Budget helår\n5010;1 234,50;100\n5020;12 34;100\n"), "notANumber", { sv: ["”12 34”", "rad 3", "kolumn Utfall ack"], en: ["row 3", "column Utfall ack"] });
    const table: TableData = { name: "Export", sheet: "Huvudbok", headers: ["Konto", "Utfall", "Årsbudget"], rows: [[5010, "#N/A", 1]], origin: { row: 1, column: 0 } };
    const error = expectOitError(() => readTableExport(table, settings2027()), "errorValue", { sv: ["#N/A", "rad 1, kolumn Utfall"] });
    expect(error.where?.address).toBe("Huvudbok!B2");
  });

  it("a row with amounts but no Konto (a sum row)", () => {
    expectOitError(csv("Konto;Utfall\n5010;1\n;1\n"), "exportBlankAccount", { sv: ["rad 3", "kolumn Konto"], en: ["row 3"] });
  });

  it("an empty export, and one with no header row", () => {
    expectOitError(csv(""), "exportEmpty", { sv: ["huvudbok.csv"] });
    expectOitError(csv("Konto;Utfall\n\n"), "exportEmpty", { en: ["huvudbok.csv"] });
    expectOitError(csv("Kontonummer;Belopp\n5010;1\n"), "exportNoHeader", { sv: ["Konto", "Utfall"] });
    expectOitError(sie("#FLAGGA 0"), "sieYear");
  });

  it("an .xlsx export: the first of its tables and sheets with an export's header, else the file named", () => {
    const sheet = (name: string, headers: string[]): TableData => ({ name, sheet: name, headers, rows: [[5010, 1]], origin: { row: 1, column: 0 } });
    const notes = sheet("Anteckningar", ["Att göra", "Klart"]);
    const ledger = sheet("Huvudbok", ["Konto", "Utfall"]);
    expect(readWorkbookExport([notes, ledger, sheet("Huvudbok 2", ["Konto", "Utfall"])], "export.xlsx", settings2027()).recognition.source).toBe("Huvudbok");
    const error = expectOitError(() => readWorkbookExport([notes], "export.xlsx", settings2027()), "exportNoHeader", { sv: ["export.xlsx"] });
    expect(error.where).toEqual({ file: "export.xlsx" });
  });

  it("an unclosed quote", () => {
    expectOitError(csv('Konto;Kontotext;Utfall\n5010;"Löner;1\n'), "csvQuote", { sv: ["huvudbok.csv"] });
  });

  it("an export without Utfall or Årsbudget, which the ledger needs", () => {
    const data = readCsvExport(new TextEncoder().encode("Konto;Utfall\n5010;1\n"), "huvudbok.csv", settings2027());
    expectOitError(() => importLedger(data, readMapping(mapping([["*", "", "X", "Gemensam"]]), parties), parties), "importMissingColumn", { sv: ["Årsbudget", "Konto, Utfall"] });
  });
});

describe("bad Mappning rules name the cell", () => {
  it.each(["50000-4000", "5*0", "*5", "5000-", "5000-5999-6000", "5010,,5020"])("the pattern %s", (pattern) => {
    expectOitError(() => readMapping(mapping([[pattern, "", "Personal", "Gemensam"]]), parties), "mappingBadPattern", { sv: [`”${pattern}”`, "rad 1", "kolumn Konto"], en: [`“${pattern}”`] });
  });

  it("every bad rule at once, each naming its cell, and a draft (codes, no Rad, no Fördelning) among them is no error", () => {
    const rules = [["5*0", "", "Personal", "Gemensam"], ["5010", "", "", ""], ["6*", "", "Resor", "Kalmar"], ["7*", "", "", "Gemensam"]];
    const error = expectOitError(() => readMapping(mapping(rules), parties), "mappingRulesBad", {
      sv: ["3 regler i tabellen Mappning", "”5*0”", "rad 1", "”Kalmar” på rad 3", "rad 4"],
      en: ["3 rules of the table Mappning cannot be read"],
    });
    expect(error.causes?.map((cause) => cause.code)).toEqual(["mappingBadPattern", "mappingBadAllocation", "mappingBlankLine"]);
    expect(readMapping(mapping([rules[1], ["*", "", "Övrigt", "Gemensam"]]), parties).drafts).toEqual([{ position: 1, patterns: { account: "5010" }, where: { sheet: "Regler", table: "Mappning", row: 1 } }]);
  });

  it("a Fördelning that is neither Gemensam, a party nor Exkluderas", () => {
    expectOitError(() => readMapping(mapping([["5*", "", "Personal", "Kalmar"]]), parties), "mappingBadAllocation", { sv: ["”Kalmar”", "rad 1", "Gemensam, Borgholm, Mörbylånga, Exkluderas"] });
  });

  it("a blank Rad on a rule that is not Exkluderas", () => {
    expectOitError(() => readMapping(mapping([["5*", "", "", "Gemensam"]]), parties), "mappingBlankLine", { sv: ["rad 1", "Regler!C2"] });
  });
});
