import { readFileSync, writeFileSync } from "fs";
import * as path from "path";
import iconv from "iconv-lite";
import { Dec } from "../../src/core/decimal";
import { ledger } from "../../src/cli/example";
import { exampleMapping, exportLines } from "../../src/cli/exampleExport";
import { readTables } from "../../src/cli/readTables";
import { EXAMPLE_EXPORTS, EXAMPLE_WORKBOOK } from "../../src/cli/main";
import { exampleVariant, loadWorkbook, runCli, sha256, tempDir } from "./helpers";

interface ReportJson {
  tables: { id: string; rows: { label: string; values: number[]; exact: number[] }[] }[];
  import: { format: string; rows: number; reconciliation: { column: string; export: number; mapped: number; excluded: number }[]; warnings?: string[] };
}

async function reportJson(argv: string[]): Promise<ReportJson> {
  const run = await runCli([...argv, "--json"]);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as ReportJson;
}

/** The reference: the example's export lines summed, the balance sheet (1000–2999) and the internal counterparty left out. */
function expectedReconciliation(column: "outcome" | "annualBudget") {
  const lines = exportLines(ledger);
  const leftOut = (line: (typeof lines)[number]) => Number(line.account) < 3000 || line.counterparty === "INT";
  const sum = (list: typeof lines) => list.reduce((total, line) => total.plus(line[column]), new Dec(0)).toNumber();
  return { column: column === "outcome" ? "Utfall" : "Årsbudget", export: sum(lines), mapped: sum(lines.filter((line) => !leftOut(line))), excluded: sum(lines.filter(leftOut)) };
}

const exactOf = (report: Omit<ReportJson, "import">, columns?: number[]) =>
  report.tables.map((table) => table.rows.map((row) => [row.label, ...(columns ? columns.map((c) => row.exact[c]) : row.exact)]));

describe("oit-budget report --import", () => {
  let typed: Omit<ReportJson, "import">;
  beforeAll(async () => {
    typed = JSON.parse((await runCli(["report", EXAMPLE_WORKBOOK, "--json"])).stdout);
  });

  it.each([
    ["csv", EXAMPLE_EXPORTS.csv],
    ["xlsx", EXAMPLE_EXPORTS.xlsx],
  ])("maps the example's %s export to the report of the example's Underlag, with the import object of workbook.md", async (format, file) => {
    const report = await reportJson(["report", EXAMPLE_WORKBOOK, "--import", file]);
    expect(exactOf(report)).toEqual(exactOf(typed));
    expect(report.import).toEqual({
      format,
      rows: exportLines(ledger).length,
      reconciliation: [expectedReconciliation("outcome"), expectedReconciliation("annualBudget")],
    });
  });

  it("maps the example's SIE 4 export: the same outcome, annual budget and forecast, the period budget from #PBUDGET", async () => {
    const report = await reportJson(["report", EXAMPLE_WORKBOOK, "--import", EXAMPLE_EXPORTS.sie]);
    expect(exactOf(report, [1, 3, 4, 5])).toEqual(exactOf(typed, [1, 3, 4, 5]));
    expect(report.import.format).toBe("sie4");
    // Every line's outcome as a #PSALDO and a #TRANS for each month through August, its budget as 12 #PBUDGET.
    expect(report.import.rows).toBe(exportLines(ledger).length * (8 * 2 + 12));
    for (const entry of report.import.reconciliation) expect(entry.mapped + entry.excluded).toBeCloseTo(entry.export, 2);
    expect(report.import.reconciliation.map((entry) => entry.column)).toEqual(["Budget", "Utfall", "Årsbudget"]);
  });

  it("a code string no rule matches is exit 2 with one line naming it, its amounts and how many more", async () => {
    const dir = tempDir();
    const csv = iconv.decode(readFileSync(EXAMPLE_EXPORTS.csv), "windows1252") + "9999;Okänt;1700;120;;1 000,50;0\r\n8999;Okänt;;;;-2,00;0\r\n";
    const file = path.join(dir, "huvudbok.csv");
    writeFileSync(file, iconv.encode(csv, "windows1252"));
    const run = await runCli(["report", EXAMPLE_WORKBOOK, "--import", file, "--json"]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.trimEnd().split("\n")).toEqual([
      "oit-budget: Ingen regel i Mappning matchar kodsträngen Konto 9999, Ansvar 1700, Verksamhet 120, Motpart – (Utfall 1000,5, Årsbudget 0) och 1 till; lägg till regler i Mappning",
    ]);
  });

  it("lists the warnings of the mapping in import.warnings and on stderr, without changing the exit code", async () => {
    const dir = tempDir();
    const workbook = await exampleVariant(dir, "regler.xlsx", (book) => {
      const table = book.getWorksheet("Mappning")?.getTable("Mappning");
      table?.addRow(["8*", "", "", "Finansiella poster", "Gemensam"]);
      table?.commit();
    });
    const run = await runCli(["report", workbook, "--import", EXAMPLE_EXPORTS.csv, "--json", "--lang", "en"]);
    expect(run.code).toBe(0);
    const warning = `The rule in sheet Mappning, table Mappning, row ${exampleMapping.length + 1} matches no code string of the export`;
    expect(JSON.parse(run.stdout).import.warnings).toEqual([warning]);
    expect(run.stderr).toContain(warning);
  });
});

describe("oit-budget import", () => {
  it("writes the mapped ledger as Underlag into a copy, which reads back to the same report; a re-import replaces it", async () => {
    const dir = tempDir();
    const workbook = await exampleVariant(dir, "utan-underlag.xlsx", (book) => book.removeWorksheet(book.getWorksheet("Underlag")?.id ?? -1));
    const before = sha256(workbook);
    const copy = path.join(dir, "kopia.xlsx");
    const run = await runCli(["import", EXAMPLE_EXPORTS.sie, "--workbook", workbook, "--out", copy]);
    expect([run.code, run.stderr]).toEqual([0, ""]);
    const outcome = expectedReconciliation("outcome");
    const sv = (value: number) => String(value).replace(".", ",").replace("-", "−");
    expect(run.stdout).toContain(`Avstämning Utfall: exporten ${sv(outcome.export)} = mappat ${sv(outcome.mapped)} + exkluderat ${sv(outcome.excluded)}`);
    expect(sha256(workbook)).toBe(before);
    const written = (await loadWorkbook(copy)).getWorksheet("Underlag");
    expect(written?.getRow(1).values).toEqual([undefined, "Rad", "Fördelning", "Typ", "Konto", "Ansvar", "Motpart", "Kontotext", "Budget", "Utfall", "Årsbudget", "Årsprognos"]);
    const fromCopy = await reportJson(["report", copy]);
    const fromExport = await reportJson(["report", workbook, "--import", EXAMPLE_EXPORTS.sie]);
    expect(exactOf(fromCopy)).toEqual(exactOf(fromExport));
    const again = path.join(dir, "igen.xlsx");
    expect((await runCli(["import", EXAMPLE_EXPORTS.csv, "--workbook", copy, "--out", again])).code).toBe(0);
    const replaced = await loadWorkbook(again);
    expect(replaced.worksheets.filter((sheet) => sheet.name.startsWith("Underlag")).map((sheet) => sheet.name)).toEqual(["Underlag"]);
    expect(replaced.getWorksheet("Underlag")?.getRow(1).values).toContain("Verksamhet");
    // The economist's forecasts are kept when a new export replaces the ledger (domain.md section 9).
    const forecasts = async (file: string) => readTables(await loadWorkbook(file)).find((table) => table.name === "Prognos")?.rows;
    expect(await forecasts(again)).toEqual(await forecasts(copy));
    expect(await forecasts(copy)).toEqual(await forecasts(workbook));
  });

  it("never overwrites an Underlag of the user's, and needs --workbook and --out", async () => {
    const dir = tempDir();
    const refused = await runCli(["import", EXAMPLE_EXPORTS.csv, "--workbook", EXAMPLE_WORKBOOK, "--out", path.join(dir, "kopia.xlsx")]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("Tabellen Underlag på bladet ”Underlag” är din egen");
    expect((await runCli(["import", EXAMPLE_EXPORTS.csv, "--out", path.join(dir, "x.xlsx")])).stderr).toContain("--workbook <arbetsbok.xlsx> --out <kopia.xlsx>");
    expect((await runCli(["import", EXAMPLE_EXPORTS.csv, "--workbook", EXAMPLE_WORKBOOK])).code).toBe(2);
  });
});
