import fc from "fast-check";
import { Dec } from "../../../src/core/decimal";
import { amountToDec } from "../../../src/core/rules";
import { draftMappingRow, type ExportRow, importLedger, ledgerSheetRows, readForecasts, readMapping, readTableExport, requireLedger } from "../../../src/core/import";
import { describe as describeNotice } from "../../../src/core/messages";
import { readLedger } from "../../../src/core/workbook";
import type { TableData } from "../../../src/core/workbook/types";
import { expectOitError } from "../expectOitError";
import { ACCOUNTS, RESPONSIBILITIES, rowsArb, settings2027, totalOf, type GeneratedRow } from "./generators";

const parties = ["Borgholm", "Mörbylånga"];

function exportTable(rows: readonly GeneratedRow[], forecast = false): TableData {
  return {
    name: "Export",
    sheet: "Huvudbok",
    headers: ["Konto", "Ansvar", "Projekt", "Utfall ack", "Budget helår", ...(forecast ? ["Prognos"] : [])],
    rows: rows.map((row) => [row.codes.account, row.codes.responsibility, row.codes.project, row.outcome / 100, row.annualBudget / 100, ...(forecast ? [row.outcome / 50] : [])]),
  };
}

function mappingTable(rows: unknown[][]): TableData {
  return { name: "Mappning", sheet: "Mappning", headers: ["Konto", "Ansvar", "Rad", "Fördelning"], rows };
}

const ruleArb = fc.tuple(
  fc.oneof(fc.constantFrom(...ACCOUNTS), fc.constantFrom("1000-2999", "3*", "5*", "6000-6999", "*", "")),
  fc.constantFrom("", ...RESPONSIBILITIES),
  fc.constantFrom("Personal", "Lokaler", "Intäkter"),
  fc.constantFrom("Gemensam", "Borgholm", "Mörbylånga", "Exkluderas")
);

describe("the reconciliation (domain.md section 9)", () => {
  it("export = mapped + excluded + unmapped per amount column, each the exact total of its rows, to the öre", () => {
    fc.assert(
      fc.property(rowsArb, fc.array(ruleArb, { minLength: 0, maxLength: 12 }), fc.boolean(), (rows, rules, catchAll) => {
        const mapping = readMapping(mappingTable([...rules, ...(catchAll ? [["*", "", "", "Exkluderas"]] : [])]), parties);
        const result = importLedger(readTableExport(exportTable(rows, true), settings2027()), mapping, parties);
        const reference = { outcome: totalOf(rows.map((row) => row.outcome)), annualBudget: totalOf(rows.map((row) => row.annualBudget)) };
        for (const entry of result.reconciliation) {
          if (entry.column === "outcome" || entry.column === "annualBudget") expect(entry.export.toFixed()).toBe(reference[entry.column].toFixed());
          expect(entry.mapped.plus(entry.excluded).plus(entry.unmapped).toFixed()).toBe(entry.export.toFixed());
          const sum = (list: readonly ExportRow[]) => list.reduce((total, row) => total.plus(row.amounts[entry.column] ?? 0), new Dec(0)).toFixed();
          expect([entry.mapped.toFixed(), entry.excluded.toFixed(), entry.unmapped.toFixed()]).toEqual([sum(result.mapped), sum(result.excluded), sum(result.unmapped)]);
        }
        const codeStrings = result.mapped.length + result.excluded.length + result.unmapped.length;
        expect(codeStrings).toBe(new Set(rows.map((row) => JSON.stringify(row.codes))).size);
        if (catchAll) expect(result.unmapped).toEqual([]);
        if (result.unmapped.length === 0) {
          const ledger = requireLedger(result);
          const outcome = ledger.rows.reduce((total, row) => total.plus(amountToDec(row.outcome)), new Dec(0));
          expect(outcome.toFixed()).toBe(result.reconciliation.find((entry) => entry.column === "outcome")?.mapped.toFixed());
        } else {
          expect(result.ledger).toBeNull();
          expect(result.problem?.params.count).toBe(result.unmapped.length);
        }
      }),
      { numRuns: 2000 }
    );
  });
});

describe("importLedger", () => {
  const rows: GeneratedRow[] = [
    { codes: { account: "5010", responsibility: "1700", project: "" }, text: "", outcome: 100_00, annualBudget: 300_00 },
    { codes: { account: "5410", responsibility: "1700", project: "" }, text: "", outcome: 50_50, annualBudget: 90_00 },
    { codes: { account: "1930", responsibility: "1700", project: "" }, text: "", outcome: 7_00, annualBudget: 0 },
    { codes: { account: "3451", responsibility: "1700", project: "" }, text: "", outcome: -40_00, annualBudget: -60_00 },
  ];
  const rules = [["1000-2999", "", "", "Exkluderas"], ["5*", "1700", "Personalkostnader", "Gemensam"], ["3451-3453", "", "Intäkter från kommunala bolag", "Gemensam"], ["5010", "", "Aldrig", "Borgholm"], ["9*", "", "Ingenting", "Gemensam"]];
  const data = readTableExport(exportTable(rows), settings2027());
  const mapping = readMapping(mappingTable(rules), parties);
  const forecastTable: TableData = { name: "Prognos", sheet: "Prognos", headers: ["Rad", "Fördelning", "Årsprognos", "Kommentar"], rows: [["Personalkostnader", "gemensam", 420, "Två vakanser"], ["Intäkter från kommunala bolag", "Gemensam", -55, ""], ["Gammal rad", "Gemensam", 1, ""]] };

  it("gives one ledger row per code string, the rule's line, Typ from the account, and the Prognos forecast on the line's first row", () => {
    const result = importLedger(data, mapping, parties, readForecasts(forecastTable, parties));
    const ledger = requireLedger(result);
    expect(ledger.rows.map((row) => [row.line, row.allocation, row.section, amountToDec(row.outcome).toFixed(), amountToDec(row.forecast).toFixed()])).toEqual([
      ["Personalkostnader", "Gemensam", "cost", "100", "420"],
      ["Personalkostnader", "Gemensam", "cost", "50.5", "0"],
      ["Intäkter från kommunala bolag", "Gemensam", "revenue", "-40", "-55"],
    ]);
    expect(result.excluded.map((row) => row.codes.account)).toEqual(["1930"]);
  });

  it("warns of rules that only earlier rules' code strings match, of rules that match nothing, and of Prognos rows naming no line", () => {
    const result = importLedger(data, mapping, parties, readForecasts(forecastTable, parties));
    expect(result.warnings.map((warning) => describeNotice(warning, "sv"))).toEqual([
      "Regeln i bladet Mappning, tabellen Mappning, rad 4 matchar bara kodsträngar som tidigare regler redan tagit (t.ex. Konto 5010, Ansvar 1700, Projekt –, som regeln på rad 2 tar)",
      "Regeln i bladet Mappning, tabellen Mappning, rad 5 matchar ingen kodsträng i exporten",
      "Prognosen för Gammal rad (Gemensam) i bladet Prognos, tabellen Prognos, rad 3, kolumn Årsprognos hör inte till någon rad i underlaget",
    ]);
  });

  it("gives no ledger when a line has no forecast anywhere, naming the line", () => {
    const result = importLedger(data, mapping, parties, readForecasts({ ...forecastTable, rows: [forecastTable.rows[0]] }, parties));
    expect(result.ledger).toBeNull();
    expectOitError(() => requireLedger(result), "forecastMissing", { sv: ["Intäkter från kommunala bolag (Gemensam)"], en: ["Intäkter från kommunala bolag (Gemensam)"] });
  });

  it("lists every unmapped code string with its amounts and names the first, with how many more", () => {
    const result = importLedger(data, readMapping(mappingTable([["5010", "", "Personal", "Gemensam"]]), parties), parties);
    expect(result.unmapped.map((row) => [row.codes.account, row.amounts.outcome?.toFixed()])).toEqual([["5410", "50.5"], ["1930", "7"], ["3451", "-40"]]);
    expectOitError(() => requireLedger(result), "unmappedCodeStrings", {
      sv: ["Konto 5410, Ansvar 1700, Projekt – (Utfall 50,5, Årsbudget 90) och 2 till"],
      en: ["Konto 5410, Ansvar 1700, Projekt – (Utfall 50.5, Årsbudget 90) nor 2 more"],
    });
  });

  it("writes Underlag so that it reads back as the same ledger", () => {
    const result = importLedger(data, mapping, parties, readForecasts(forecastTable, parties));
    const sheet = ledgerSheetRows(result);
    expect(sheet.headers).toEqual(["Rad", "Fördelning", "Typ", "Konto", "Ansvar", "Projekt", "Kontotext", "Utfall", "Årsbudget", "Årsprognos"]);
    const reread = readLedger({ name: "Underlag", sheet: "Underlag", headers: sheet.headers, rows: sheet.rows }, parties);
    const figures = (rows: typeof reread.rows) => rows.map((row) => [row.line, row.allocation, row.section, amountToDec(row.outcome).toFixed(), amountToDec(row.annualBudget).toFixed(), amountToDec(row.forecast).toFixed()]);
    expect(figures(reread.rows)).toEqual(figures(requireLedger(result).rows));
  });

  it("drafts a Mappning rule from an unmapped code string in the table's own column order", () => {
    expect(draftMappingRow(["Rad", "Fördelning", "Konto", "Motpart", "Ansvar"], { account: "5999", responsibility: "1700" })).toEqual({
      headers: ["Rad", "Fördelning", "Konto", "Motpart", "Ansvar"],
      rows: [["", "", "5999", "", "1700"]],
    });
    expect(draftMappingRow(null, { account: "5999" }).headers).toEqual(["Konto", "Ansvar", "Verksamhet", "Projekt", "Motpart", "Rad", "Fördelning", "Typ"]);
  });
});
