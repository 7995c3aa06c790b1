import * as path from "path";
import { EXAMPLE_WORKBOOK } from "../../src/cli/main";
import { ledger as exampleLedger } from "../../src/cli/example";
import { readTables } from "../../src/cli/readTables";
import { reportFromTables } from "../../src/core/report";
import type { Report, ReportTable } from "../../src/core/report/types";
import { exampleVariant, figureRows, loadWorkbook, numberFormats, reportFigureRows, runCli, sha256, tempDir, type CliRun } from "./helpers";

/** What the engine makes of the tables the CLI reads from `file`, as --json prints it (the warnings go to stderr). */
async function engineJson(file: string, request: Parameters<typeof reportFromTables>[1] = {}): Promise<object> {
  const { warnings, ...report } = reportFromTables(readTables(await loadWorkbook(file)), request);
  return { ...JSON.parse(JSON.stringify(report)), warningCount: warnings.length };
}

/** The report --json printed, with the count of the warnings it printed to stderr, one line each. */
function printed(run: CliRun): object {
  return { ...JSON.parse(run.stdout), warningCount: run.stderr.split("\n").filter(Boolean).length };
}

/** A column of the example's ledger summed in öre (exact), in tkr: the figures the report's exact values stand for. */
function exampleTkr(column: 3 | 4 | 5, allocation?: string): number {
  const rows = exampleLedger.filter((row) => allocation === undefined || row[2] === allocation);
  return rows.reduce((ore, row) => ore + Math.round(row[column] * 100), 0) / 100_000;
}

/** A figure inside a Swedish sentence: a no-break space between thousands, the typographic minus, + on a surplus. */
const inText = new Intl.NumberFormat("sv-SE", { signDisplay: "exceptZero" }).format;
const amountInText = new Intl.NumberFormat("sv-SE").format;

let dir: string;
let report: Report;
let outFile: string;
let run: CliRun;

beforeAll(async () => {
  dir = tempDir();
  outFile = path.join(dir, "rapport.xlsx");
  run = await runCli(["report", EXAMPLE_WORKBOOK, "--json", "--out", outFile]);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  report = JSON.parse(run.stdout);
});

function table(id: ReportTable["id"]): ReportTable {
  return report.tables.find((candidate) => candidate.id === id) as ReportTable;
}

const totalOf = (id: ReportTable["id"]) => table(id).rows.find((row) => row.kind === "total")!;

describe("oit-budget report on the example workbook", () => {
  test("prints the JSON of workbook.md: what the engine makes of the tables it reads, nothing more", async () => {
    expect(Object.keys(report).sort()).toEqual(
      ["deviationSplit", "host", "key", "narrative", "periodLabel", "rounding", "tables", "throughMonth", "unit", "year"].sort()
    );
    expect(printed(run)).toEqual(await engineJson(EXAMPLE_WORKBOOK));
    expect(report).toMatchObject({ year: 2027, throughMonth: 8, periodLabel: "jan–aug", unit: "tkr", host: "Borgholm", rounding: "controlled" });
    expect(report.key).toEqual([
      { party: "Borgholm", share: 0.447 },
      { party: "Mörbylånga", share: 0.553 },
    ]);
    // The example holds one locked forecast, so the report compares the forecast now with it (workbook.md "Locked forecasts").
    expect(report.tables.map((t) => t.id)).toEqual(["total", "shared", "own:Borgholm", "own:Mörbylånga", "forecastChange"]);
    expect(table("forecastChange").columns).toEqual(["Prognos T1 2027", "Årsprognos", "Förändring"]);
    for (const id of ["total", "shared", "own:Borgholm", "own:Mörbylånga"] as const) {
      expect(table(id).columns).toEqual(["Budget jan–aug", "Utfall jan–aug", "Avvikelse ack.", "Årsbudget", "Årsprognos", "Avvikelse"]);
    }
  });

  test("the exact figures are the example ledger's, in tkr (kr with öre, divided by 1000)", () => {
    const committee = totalOf("total").exact;
    expect([committee[1], committee[3], committee[4]]).toEqual([exampleTkr(3), exampleTkr(4), exampleTkr(5)]);
    const shared = totalOf("shared").exact;
    expect([shared[1], shared[3], shared[4]]).toEqual([exampleTkr(3, "Gemensam"), exampleTkr(4, "Gemensam"), exampleTkr(5, "Gemensam")]);
    // 24 065 tkr budgeted against 23 847,5 forecast for the shared lines: 217,5 tkr, displayed as 217 or 218.
    expect(shared[5]).toBe(217.5);
    expect([217, 218]).toContain(totalOf("shared").values[5]);
  });

  test("the shared part's displayed forecast deviation is split by the key, 44,7 % / 55,3 %, largest remainder", () => {
    const shown = totalOf("shared").values[5];
    // 218 × 0,447 = 97,446 and 218 × 0,553 = 120,554: 97 + 120, and the missing unit goes to the larger remainder.
    const expected = shown === 218 ? [97, 121] : [97, 120];
    expect(report.deviationSplit).toEqual({
      basis: "forecast",
      amount: shown,
      parts: [
        { party: "Borgholm", amount: expected[0] },
        { party: "Mörbylånga", amount: expected[1] },
      ],
    });
  });

  test("the narrative opens with the committee's Total as the table displays it", () => {
    const [budget, outcome, deviation, annualBudget, forecast, annualDeviation] = totalOf("total").values;
    const verdict = (figure: number) => (figure > 0 ? " (överskott)" : figure < 0 ? " (underskott)" : "");
    expect(report.narrative.paragraphs.slice(0, 2)).toEqual([
      `IT-nämnden redovisar en avvikelse på ${inText(deviation)} tkr för perioden jan–aug 2027${verdict(deviation)}: nettokostnaden enligt budget är ${amountInText(budget)} tkr och utfallet ${amountInText(outcome)} tkr.`,
      `Prognosen för helåret är ${amountInText(forecast)} tkr mot en årsbudget på ${amountInText(annualBudget)} tkr, en avvikelse på ${inText(annualDeviation)} tkr${verdict(annualDeviation)}.`,
    ]);
  });

  test("passes its flags to the engine: --month, --unit and --rounding", async () => {
    const flagged = await runCli(["report", EXAMPLE_WORKBOOK, "--json", "--month", "4", "--unit", "kr", "--rounding", "per-cell"]);
    expect(flagged.code).toBe(0);
    // The ledger's headers say jan-aug: a report for jan–apr warns once.
    expect(printed(flagged)).toMatchObject({ throughMonth: 4, periodLabel: "jan–apr", unit: "kr", rounding: "per-cell", warningCount: 1 });
    expect(printed(flagged)).toEqual(await engineJson(EXAMPLE_WORKBOOK, { throughMonth: 4, reportUnit: "kr", rounding: "per-cell" }));
  });

  test("writes the report sheet into a copy: every table's rows as labels and numbers, each with its number format", async () => {
    const workbook = await loadWorkbook(outFile);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Underlag", "Inställningar", "Analys", "Fakturerat", "Avveckling", "Mappning", "Prognos", "Budgetplan", "Prognoshistorik", "Rapport jan–aug 2027"]);
    const sheet = workbook.getWorksheet("Rapport jan–aug 2027")!;
    const shown = reportFigureRows(report);
    expect(figureRows(sheet).slice(0, shown.length)).toEqual(shown);
    expect(numberFormats(sheet)).toEqual(["#,##0;-#,##0"]);
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
