import { readBudgetPlan, readPriorities } from "../../../src/core/plan/readPlan";
import { readForecastHistory } from "../../../src/core/plan/history";
import { expectOitError } from "../expectOitError";
import { table } from "./tables";

const parties = ["Borgholm", "Mörbylånga"];

describe("Budgetplan", () => {
  it("reads the year columns, the section from Typ, Konto or the first year's sign, amounts in order", () => {
    const plan = readBudgetPlan(
      table("Budgetplan", ["Rad", "Fördelning", "Typ", "Konto", "Utfall 2024", "Budget 2025", "Plan 2026"], [
        ["Personal", "Gemensam", null, null, 100, "200,5", 300],
        ["Försäljning", "gemensam", null, 3010, 10, 20, 30],
        ["Ränta", "Borgholm", "Intäkt", null, 5, 5, 5],
        [null, null, null, null, null, null, null],
        ["Återbetalning", "Mörbylånga", null, null, -7, null, 1],
      ]),
      parties
    );
    expect(plan.columns.map((c) => [c.header, c.year])).toEqual([["Utfall 2024", 2024], ["Budget 2025", 2025], ["Plan 2026", 2026]]);
    expect(plan.rows.map((r) => [r.line, r.allocation, r.section, r.amounts.map(String)])).toEqual([
      ["Personal", "Gemensam", "cost", ["100", "200.5", "300"]],
      ["Försäljning", "Gemensam", "revenue", ["10", "20", "30"]],
      ["Ränta", "Borgholm", "revenue", ["5", "5", "5"]],
      ["Återbetalning", "Mörbylånga", "revenue", ["-7", "0", "1"]],
    ]);
  });

  it("names a column that is no year, a year given twice and a table without years", () => {
    expectOitError(() => readBudgetPlan(table("Budgetplan", ["Rad", "Fördelning", "Budget 2025", "Prognos 2026"], []), parties), "planBadColumn", {
      sv: ["Prognos 2026", "Budgetplan", "Plan 2028"],
      en: ["Prognos 2026", "Budgetplan"],
    });
    expectOitError(() => readBudgetPlan(table("Budgetplan", ["Rad", "Fördelning", "Budget 2025", "Plan 2025"], []), parties), "planYearTwice", {
      sv: ["2025", "Budget 2025", "Plan 2025"],
      en: ["2025", "Budget 2025", "Plan 2025"],
    });
    expectOitError(() => readBudgetPlan(table("Budgetplan", ["Rad", "Fördelning"], []), parties), "planNoYears", { sv: ["Budgetplan"] });
  });

  it("names the cell of a Fördelning that is no party and of a bad amount", () => {
    expectOitError(() => readBudgetPlan(table("Budgetplan", ["Rad", "Fördelning", "Budget 2025"], [["Personal", "Kalmar", 1]]), parties), "unknownParty", {
      sv: ["Kalmar", "rad 1", "Budgetplan"],
      en: ["Kalmar", "row 1"],
    });
    expectOitError(() => readBudgetPlan(table("Budgetplan", ["Rad", "Fördelning", "Budget 2025"], [["Personal", "Gemensam", "mycket"]]), parties), "notANumber");
  });
});

describe("Prioriteringar", () => {
  it("reads YYYY columns and refuses any other", () => {
    const priorities = readPriorities(table("Prioriteringar", ["Rad", "Fördelning", "2025", "2026"], [["Backup", "Gemensam", 1200, null]]), parties);
    expect(priorities.columns.map((c) => c.year)).toEqual([2025, 2026]);
    expect(priorities.rows[0].amounts.map(String)).toEqual(["1200", "0"]);
    expectOitError(() => readPriorities(table("Prioriteringar", ["Rad", "Fördelning", "Budget 2025"], []), parties), "planBadColumn", { sv: ["Budget 2025", "Prioriteringar"] });
  });
});

describe("Prognoshistorik", () => {
  const headers = ["Version", "Låst", "Period t.o.m. månad", "Rad", "Fördelning", "Årsprognos", "Utfall"];
  it("groups the rows by version in the order they were appended", () => {
    const versions = readForecastHistory(
      table("Prognoshistorik", headers, [
        ["T1 2027", 46500, 4, "Personal", "Gemensam", 100, 30],
        ["T1 2027", 46500, 4, "Intäkter", "Gemensam", -50, -10],
        ["T2 2027", new Date(Date.UTC(2027, 8, 15)), 8, "Personal", "Gemensam", 110, 70],
      ]),
      parties
    );
    expect(versions.map((v) => [v.label, v.throughMonth, v.lines.length, v.rows])).toEqual([["T1 2027", 4, 2, [1, 2]], ["T2 2027", 8, 1, [3]]]);
    expect(versions[1].locked).toEqual({ year: 2027, month: 9, day: 15 });
  });

  it("names an empty version, a line twice in a version and a version whose rows disagree", () => {
    expectOitError(() => readForecastHistory(table("Prognoshistorik", headers, [[null, 46500, 4, "Personal", "Gemensam", 1, 1]]), parties), "historyEmptyVersion", {
      sv: ["rad 1", "Prognoshistorik"],
      en: ["row 1", "Prognoshistorik"],
    });
    expectOitError(
      () => readForecastHistory(table("Prognoshistorik", headers, [["T1", 46500, 4, "Personal", "Gemensam", 1, 1], ["T1", 46500, 4, "personal", "Gemensam", 1, 1]]), parties),
      "historyLineTwice",
      { sv: ["personal", "T1", "rad 1 och rad 2"] }
    );
    expectOitError(
      () => readForecastHistory(table("Prognoshistorik", headers, [["T1", 46500, 4, "Personal", "Gemensam", 1, 1], ["T1", 46500, 8, "IT", "Gemensam", 1, 1]]), parties),
      "historyVersionMixed",
      { sv: ["Rad 2", "T1", "Period t.o.m. månad"] }
    );
    expectOitError(() => readForecastHistory(table("Prognoshistorik", headers, [["T1", 46500, 4, "Personal", "Kalmar", 1, 1]]), parties), "unknownParty", { sv: ["Kalmar"] });
  });
});
