import * as path from "path";
import { EXAMPLE_WORKBOOK } from "../../src/cli/main";
import { exampleVariant, loadWorkbook, runCli, tempDir } from "./helpers";

/** `oit-budget plan` on real .xlsx files (workbook.md "Budget and plan"). */
jest.setTimeout(60_000);

let dir: string;
beforeAll(() => {
  dir = tempDir();
});

describe("oit-budget plan", () => {
  it("prints the JSON of workbook.md for the example: tables per year, the split of the shared Total and the priorities", async () => {
    const run = await runCli(["plan", EXAMPLE_WORKBOOK, "--json"]);
    expect(run.code).toBe(0);
    const plan = JSON.parse(run.stdout);
    expect(Object.keys(plan)).toEqual(["unit", "rounding", "host", "tables", "split", "priorities", "financing", "notes"]);
    expect(plan.tables.map((t: { id: string }) => t.id)).toEqual(["total", "shared", "own:Borgholm", "own:Mörbylånga"]);
    const shared = plan.tables[1];
    const total = shared.rows.find((r: { kind: string }) => r.kind === "total").values;
    expect(plan.split.map((s: { column: string; keyYear: number; amount: number }) => [s.column, s.keyYear, s.amount])).toEqual([
      ["Budget 2027", 2027, total[0]],
      ["Plan 2028", 2027, total[1]],
      ["Plan 2029", 2027, total[2]],
    ]);
    for (const split of plan.split) expect(split.parts.reduce((s: number, p: { amount: number }) => s + p.amount, 0)).toBe(split.amount);
    expect(shared.caption).toContain("Ingen nyckel är beslutad för 2028");
    expect(plan.priorities.total).toEqual([3363, 2905]);
    expect(plan.priorities.shared).toEqual([3250, 2789]);
    expect(plan.priorities.parts.map((p: { values: number[] }) => p.values[0]).reduce((a: number, b: number) => a + b)).toBe(3250);
    expect(plan.notes.join(" ")).toContain("Mörbylånga");
    expect(run.stderr).toContain("Finansieringen från Mörbylånga i Budget 2027");
  });

  it("writes the sheet Budget och plan 2027–2029 into a copy, values and formats only, and replaces its own sheet on a rerun", async () => {
    const out = path.join(dir, "plan.xlsx");
    expect((await runCli(["plan", EXAMPLE_WORKBOOK, "--out", out])).code).toBe(0);
    const again = path.join(dir, "plan-again.xlsx");
    expect((await runCli(["plan", out, "--out", again])).code).toBe(0);
    const workbook = await loadWorkbook(again);
    const sheets = workbook.worksheets.map((sheet) => sheet.name);
    expect(sheets.filter((name) => name.startsWith("Budget och plan"))).toEqual(["Budget och plan 2027–2029"]);
    const sheet = workbook.getWorksheet("Budget och plan 2027–2029")!;
    let formulas = 0;
    const labels: string[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => {
      if (cell.formula) formulas++;
      if (typeof cell.value === "string") labels.push(cell.value);
    }));
    expect(formulas).toBe(0);
    expect(labels).toEqual(expect.arrayContaining(["Budget 2027", "Plan 2029", "Totalt förslag", "Varav delas mellan kommunerna"]));
  });

  it("names a bad year column by table and column, exit 2", async () => {
    const file = await exampleVariant(dir, "bad-year.xlsx", (workbook) => {
      const table = workbook.getWorksheet("Budgetplan")!.getTable("Budgetplan");
      table.getColumn(5).name = "Prognos 2029";
      table.commit();
    });
    const run = await runCli(["plan", file, "--json", "--lang", "en"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Prognos 2029");
    expect(run.stderr).toContain("Budgetplan");
  });

  it("npm run demo shows the plan and how the forecast moved since the example's locked version", async () => {
    const out = path.join(dir, "demo.xlsx");
    const run = await runCli(["demo", "--out", out]);
    expect(run.code).toBe(0);
    const lines = run.stdout.split("\n").map((line) => line.trim());
    const since = lines.findIndex((line) => line.startsWith("Förändring av årsprognosen sedan T1 2027"));
    expect(since).toBeGreaterThanOrEqual(0);
    // Licenser: locked at 4 150 tkr, 4 270 tkr now (the example's T1 and Prognos), +120.
    expect(lines.slice(since).find((line) => line.startsWith("Licenser"))?.split(/\s{2,}/).slice(1).map((cell) => cell.replace(/\s/g, ""))).toEqual(["4150", "4270", "120"]);
    expect(run.stdout).toMatch(/Årsprognosen har sedan T1 2027 ändrats med \+385 tkr/);
    expect(run.stdout).toContain("Ölands IT-nämnd – Budget och plan 2027–2029, tkr");
    expect(run.stdout).toContain(`Skrev bladet ”Budget och plan 2027–2029” i ${out}`);
  });
});
