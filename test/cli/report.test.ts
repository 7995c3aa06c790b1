import * as path from "path";
import { EXAMPLE_WORKBOOK } from "../../src/cli/main";
import type { Report, ReportRow, ReportTable } from "../../src/core/report/types";
import { exampleVariant, loadWorkbook, runCli, sha256, tempDir } from "./helpers";

const sum = (numbers: number[]) => numbers.reduce((a, b) => a + b, 0);

function rowsOf(table: ReportTable, kind: ReportRow["kind"], section?: ReportRow["section"]): ReportRow[] {
  return table.rows.filter((row) => row.kind === kind && (section === undefined || row.section === section));
}

function sumRow(table: ReportTable, section: "revenue" | "cost"): ReportRow {
  return rowsOf(table, "sum", section)[0];
}

let dir: string;
let report: Report;
let outFile: string;

beforeAll(async () => {
  dir = tempDir();
  outFile = path.join(dir, "rapport.xlsx");
  const run = await runCli(["report", EXAMPLE_WORKBOOK, "--json", "--out", outFile]);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  report = JSON.parse(run.stdout);
});

/** The report's tables of domain.md section 7 (the forecast change has columns of its own). */
function periodTables(): ReportTable[] {
  return report.tables.filter((table) => table.id !== "forecastChange");
}

describe("oit-budget report on the example workbook", () => {
  test("prints the JSON of workbook.md plus the narrative, nothing else", () => {
    expect(Object.keys(report).sort()).toEqual(
      ["deviationSplit", "host", "key", "narrative", "periodLabel", "rounding", "tables", "throughMonth", "unit", "year"].sort()
    );
    expect(report).toMatchObject({ year: 2027, throughMonth: 8, periodLabel: "jan–aug", unit: "tkr", host: "Borgholm", rounding: "controlled" });
    expect(report.key).toEqual([
      { party: "Borgholm", share: 0.447 },
      { party: "Mörbylånga", share: 0.553 },
    ]);
    // The example holds one locked forecast, so the report compares the forecast now with it (workbook.md "Locked forecasts").
    expect(report.tables.map((table) => table.id)).toEqual(["total", "shared", "own:Borgholm", "own:Mörbylånga", "forecastChange"]);
    expect(report.tables[4].columns).toEqual(["Prognos T1 2027", "Årsprognos", "Förändring"]);
    for (const table of periodTables()) {
      expect(table.columns).toEqual(["Budget jan–aug", "Utfall jan–aug", "Avvikelse ack.", "Årsbudget", "Årsprognos", "Avvikelse"]);
      for (const row of table.rows) {
        expect(["line", "sum", "total"]).toContain(row.kind);
        expect(row.values).toHaveLength(6);
        expect(row.exact).toHaveLength(6);
        row.values.forEach((value) => expect(Number.isInteger(value)).toBe(true));
      }
    }
    expect(report.narrative.paragraphs.length).toBeGreaterThan(0);
  });

  test("every table adds up as displayed, and the committee is the sum of its parts", () => {
    for (const table of periodTables()) {
      for (const section of ["revenue", "cost"] as const) {
        const lines = rowsOf(table, "line", section);
        if (lines.length === 0) continue;
        sumRow(table, section).values.forEach((value, c) => expect(value).toBe(sum(lines.map((row) => row.values[c]))));
      }
      const total = rowsOf(table, "total")[0];
      total.values.forEach((value, c) => expect(value).toBe(sumRow(table, "revenue").values[c] + sumRow(table, "cost").values[c]));
      for (const row of table.rows) {
        expect(row.values[2]).toBe(row.values[0] - row.values[1]);
        expect(row.values[5]).toBe(row.values[3] - row.values[4]);
        row.values.forEach((value, c) => expect(Math.abs(value - row.exact[c])).toBeLessThan(1));
      }
    }
    const [committee, ...parts] = periodTables();
    for (const kind of ["revenue", "cost"] as const) {
      sumRow(committee, kind).values.forEach((value, c) => expect(value).toBe(sum(parts.map((part) => sumRow(part, kind).values[c]))));
    }
  });

  test("the forecast deviation of the shared part is split so that the parts add up to what is shown", () => {
    const shared = report.tables.find((table) => table.id === "shared") as ReportTable;
    const shown = rowsOf(shared, "total")[0].values[5];
    expect(report.deviationSplit.amount).toBe(shown);
    expect(sum(report.deviationSplit.parts.map((part) => part.amount))).toBe(shown);
    expect(report.deviationSplit.parts.map((part) => part.party)).toEqual(["Borgholm", "Mörbylånga"]);
  });

  test("writes the report sheet with numbers and number formats into a copy", async () => {
    const workbook = await loadWorkbook(outFile);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Underlag", "Inställningar", "Analys", "Fakturerat", "Avveckling", "Mappning", "Prognos", "Budgetplan", "Prognoshistorik", "Rapport jan–aug 2027"]);
    const sheet = workbook.getWorksheet("Rapport jan–aug 2027")!;
    const shared = report.tables.find((table) => table.id === "shared") as ReportTable;
    const totalRow = rowsOf(shared, "total")[0];
    const found: number[][] = [];
    sheet.eachRow((row) => {
      const values = (row.values as unknown[]).slice(1);
      if (values[0] === "Total" && values.slice(1).every((value) => typeof value === "number")) found.push(values.slice(1) as number[]);
    });
    expect(found).toContainEqual(totalRow.values);
    let formatted = 0;
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === "number") {
          expect(cell.numFmt).toBe("#,##0;-#,##0");
          formatted++;
        }
      })
    );
    expect(formatted).toBeGreaterThan(50);
    expect(workbook.definedNames.model.find((name) => name.name === "OIT_Rapport")?.ranges).toEqual(["'Rapport jan–aug 2027'!$A$1"]);
  });
});

describe("warnings", () => {
  // The example's ledger is headed "Utfall jan–aug" (read as jan-aug): a report for jan–jul warns, in the language asked for.
  test.each([
    ["sv", "oit-budget: varning: Kolumnrubrikerna i bladet Underlag, tabellen Underlag gäller jan-aug, men rapporten avser jan–jul: är underlaget från rätt månad?\n"],
    ["en", "oit-budget: warning: The column headers in sheet Underlag, table Underlag are for jan-aug, but the report is for jan–jul: is the ledger from the right month?\n"],
  ])("go to stderr in --lang %s, one line each, and stay out of the JSON", async (language, expected) => {
    const run = await runCli(["report", EXAMPLE_WORKBOOK, "--month", "7", "--json", "--lang", language, "--out", path.join(dir, `juli-${language}.xlsx`)]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(expected);
    expect(JSON.parse(run.stdout)).not.toHaveProperty("warnings");
  });
});

describe("the workbook is the user's", () => {
  test("the input file is never modified, and --out may not name it", async () => {
    const input = await exampleVariant(tempDir(), "budget.xlsx");
    const before = sha256(input);
    const run = await runCli(["report", input]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(path.join(path.dirname(input), "budget.rapport.xlsx"));
    expect(sha256(input)).toBe(before);
    const refused = await runCli(["report", input, "--out", input]);
    expect(refused.code).toBe(2);
    expect(sha256(input)).toBe(before);
  });

  test("a rerun replaces the add-in's own report sheet, in its place, for each period", async () => {
    const work = tempDir();
    const first = path.join(work, "first.xlsx");
    const second = path.join(work, "second.xlsx");
    const third = path.join(work, "third.xlsx");
    expect((await runCli(["report", EXAMPLE_WORKBOOK, "--month", "4", "--out", first])).code).toBe(0);
    expect((await runCli(["report", first, "--out", second])).code).toBe(0);
    expect((await runCli(["report", second, "--month", "4", "--out", third])).code).toBe(0);
    const names = (await loadWorkbook(third)).worksheets.map((sheet) => sheet.name);
    expect(names).toEqual(["Underlag", "Inställningar", "Analys", "Fakturerat", "Avveckling", "Mappning", "Prognos", "Budgetplan", "Prognoshistorik", "Rapport jan–apr 2027", "Rapport jan–aug 2027"]);
  });

  test("a sheet of the user's with the report's name is kept, and the report gets a new name", async () => {
    const work = tempDir();
    const input = await exampleVariant(work, "egen.xlsx", (workbook) => {
      workbook.addWorksheet("rapport JAN–AUG 2027").getCell("A1").value = "Mina anteckningar";
    });
    const out = path.join(work, "ut.xlsx");
    const again = path.join(work, "igen.xlsx");
    expect((await runCli(["report", input, "--out", out])).code).toBe(0);
    expect((await runCli(["report", out, "--out", again])).code).toBe(0);
    const workbook = await loadWorkbook(again);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "Underlag",
      "Inställningar",
      "Analys",
      "Fakturerat",
      "Avveckling",
      "Mappning",
      "Prognos",
      "Budgetplan",
      "rapport JAN–AUG 2027",
      "Rapport jan–aug 2027 (2)",
    ]);
    expect(workbook.getWorksheet("rapport JAN–AUG 2027")!.getCell("A1").value).toBe("Mina anteckningar");
    expect(workbook.getWorksheet("rapport JAN–AUG 2027")!.actualRowCount).toBe(1);
  });
});
