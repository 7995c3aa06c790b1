// issue 12, point 3: one reader of the ledger that collects every problem; stopping at the first is its first element.
import fc from "fast-check";
import { describe as sentence } from "../../../src/core/messages";
import { OitProblems, problemsOf } from "../../../src/core/problems";
import { readLedger, readLedgerCollecting } from "../../../src/core/workbook";
import { errorOf, ledgerTable } from "../report/fixtures";

const parties = ["Borgholm", "Mörbylånga"];
const good = ["Licenser", "Gemensam", "Kostnad", 1, 2, 3, 4];

/** Each problem as code and cell, the way a reader of the list meets it. */
function places(problems: readonly { severity: string; problem: { code: string; where?: { address?: string } } }[]) {
  return problems.map(({ severity, problem }) => [severity, problem.code, problem.where?.address]);
}

describe("readLedgerCollecting", () => {
  const threeBad = ledgerTable([good, ["Personal", "Gemensam", "Kostnad", 1, "tolv", 3, 4], good, [null, "Gemensam", "Kostnad", 1, 2, 3, 4], ["Drift", "Kalmar", "Kostnad", 1, 2, 3, 4]]);

  it("names every bad row with its cell, in the order of the table, and keeps the good rows", () => {
    const { ledger, problems } = readLedgerCollecting(threeBad, parties);
    expect(places(problems)).toEqual([
      ["error", "notANumber", "Underlag!E3"],
      ["error", "blankLabel", "Underlag!A5"],
      ["error", "unknownParty", "Underlag!B6"],
    ]);
    expect(ledger?.rows.map((row) => row.where.row)).toEqual([1, 3]);
  });

  it("readLedger throws the first problem, word for word as before, carrying the others", () => {
    const error = errorOf(() => readLedger(threeBad, parties));
    expect(error).toBeInstanceOf(OitProblems);
    expect(error.code).toBe("notANumber");
    expect(sentence(error, "sv")).toBe(sentence(readLedgerCollecting(threeBad, parties).problems[0].problem, "sv"));
    expect(sentence(error, "sv")).toContain("”tolv” i bladet Underlag, tabellen Underlag, rad 2, kolumn Utfall jan–aug");
    expect(problemsOf(error).map((problem) => problem.where?.address)).toEqual(["Underlag!E3", "Underlag!A5", "Underlag!B6"]);
  });

  it("a single problem is thrown as itself, not as a list of one", () => {
    const error = errorOf(() => readLedger(ledgerTable([good, ["B", "Kalmar", "Kostnad", 1, 2, 3, 4]]), parties));
    expect(error).not.toBeInstanceOf(OitProblems);
    expect(problemsOf(error)).toEqual([error]);
  });

  it("names each bad cell of one row, not only its first", () => {
    const { problems } = readLedgerCollecting(ledgerTable([["A", "Kalmar", "Utgift", 1, "x", "y", 4]]), parties);
    expect(places(problems)).toEqual([
      ["error", "notANumber", "Underlag!F2"],
      ["error", "unknownParty", "Underlag!B2"],
      ["error", "badSection", "Underlag!C2"],
      ["error", "notANumber", "Underlag!E2"],
    ]);
  });

  it("names a formula without a value once, as such, not again as the blank label it reads as", () => {
    const table = { ...ledgerTable([[null, "Gemensam", "Kostnad", 1, 2, 3, 4], ["B", "Kalmar", "Kostnad", 1, 2, 3, 4]]), uncalculated: [{ row: 0, column: 0 }] };
    expect(places(readLedgerCollecting(table, parties).problems)).toEqual([
      ["error", "uncalculatedFormula", "Underlag!A2"],
      ["error", "unknownParty", "Underlag!B3"],
    ]);
  });

  it("names every missing column, the one the report always named first", () => {
    const error = errorOf(() => readLedger(ledgerTable([], ["Rad", "Typ", "Budget"]), parties));
    expect(problemsOf(error).map((problem) => [problem.code, problem.params.column])).toEqual([
      ["missingColumn", "Utfall"],
      ["missingColumn", "Fördelning"],
      ["missingColumn", "Årsbudget"],
      ["missingColumn", "Årsprognos"],
    ]);
  });

  it("with optional amounts, checks a table that lacks some, and adds the rows' warnings after their errors", () => {
    const headers = ["Rad", "Fördelning", "Typ", "Utfall"];
    const rows = [["Intäkt bolag", "Kalmar", "Intäkt", 5], ["Nämndsarvoden", "Gemensam", "Kostnad", -1]];
    const { ledger, problems } = readLedgerCollecting(ledgerTable(rows, headers), parties, { amounts: "optional", warnings: true });
    expect(ledger).toBeUndefined();
    expect(places(problems)).toEqual([
      ["error", "unknownParty", "Underlag!B2"],
      ["warning", "revenueSign", "Underlag!D2"],
      ["warning", "boardFeesShared", "Underlag!B3"],
      ["warning", "costSign", "Underlag!D3"],
    ]);
  });

  it("finds as many problems as there are bad cells, the first being what stopping at the first finds (generated ledgers)", () => {
    const cell = fc.oneof(
      { weight: 4, arbitrary: fc.constant({ bad: false, value: 7 as unknown }) },
      { weight: 1, arbitrary: fc.constantFrom("tolv", "#N/A", "1,2,3").map((value) => ({ bad: true, value: value as unknown })) }
    );
    const row = fc.record({ tag: fc.constantFrom("Gemensam", "Borgholm", "Kalmar"), amounts: fc.array(cell, { minLength: 4, maxLength: 4 }) });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 8 }), (rows) => {
        const table = ledgerTable(rows.map((r, i) => [`Rad ${i}`, r.tag, "Kostnad", ...r.amounts.map((a) => a.value)]));
        const bad = rows.reduce((n, r) => n + (r.tag === "Kalmar" ? 1 : 0) + r.amounts.filter((a) => a.bad).length, 0);
        const { problems } = readLedgerCollecting(table, parties);
        expect(problems).toHaveLength(bad);
        if (bad === 0) return expect(readLedger(table, parties).rows).toHaveLength(rows.length);
        const thrown = errorOf(() => readLedger(table, parties));
        expect([thrown.code, thrown.where]).toEqual([problems[0].problem.code, problems[0].problem.where]);
        expect(problemsOf(thrown)).toEqual(problems.map((p) => p.problem));
      }),
      { numRuns: 500 }
    );
  });
});
