import { existsSync, readFileSync, readdirSync, statSync } from "fs";
import * as path from "path";
import type { Report } from "../../src/core/report/types";
import { loadWorkbook, pdfPages, runCli, soffice, tempDir } from "./helpers";

/** LibreOffice must open what the CLI writes: the board and the other municipality may not have Excel. */
jest.setTimeout(60_000);

let dir: string;
let reportFile: string;
let report: Report;
let pdfFile: string | undefined;


/** The demo's PDF, converted once for the tests that read it (LibreOffice takes seconds a run). */
function pdf(): string {
  if (!pdfFile) {
    soffice(["--convert-to", "pdf", reportFile], dir);
    pdfFile = path.join(dir, "demo.pdf");
  }
  return pdfFile;
}


const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

beforeAll(async () => {
  dir = tempDir();
  reportFile = path.join(dir, "demo.xlsx");
  const demo = await runCli(["demo", "--out", reportFile]);
  expect(demo.code).toBe(0);
  const json = await runCli(["report", reportFile, "--json", "--out", path.join(dir, "json.xlsx")]);
  report = JSON.parse(json.stdout);
});

test("converts the demo's report workbook to a non-empty PDF", () => {
  const file = pdf();
  expect(existsSync(file)).toBe(true);
  expect(statSync(file).size).toBeGreaterThan(1000);
  expect(readFileSync(file).subarray(0, 5).toString()).toBe("%PDF-");
});

test("prints the report's title with all six column headings on one page, and the analysis's first sentence whole", () => {
  const pages = pdfPages(pdf());
  const title = `Ölands IT-nämnd – Rapport ${report.periodLabel} ${report.year}, ${report.unit}`;
  const first = pages.find((page) => page.includes(title));
  expect(first).toBeDefined();
  for (const heading of report.tables[0].columns) expect(first).toContain(heading);
  const sentence = /^.*?[.!?](?=\s|$)/.exec(report.narrative.paragraphs[0])?.[0] ?? "";
  expect(sentence).toBe(report.narrative.paragraphs[0]);
  expect(sentence).toMatch(/^IT-nämnden redovisar en avvikelse på \S+ tkr för perioden jan–aug 2027 .*: nettokostnaden enligt budget är .* tkr och utfallet .* tkr\.$/);
  expect(pages.some((page) => oneLine(page).includes(oneLine(sentence)))).toBe(true);
});

test("the report sheet exported as CSV holds the figures of the JSON", async () => {
  const sheets = (await loadWorkbook(reportFile)).worksheets.map((sheet) => sheet.name);
  const index = sheets.indexOf("Rapport jan–aug 2027") + 1;
  expect(index).toBeGreaterThan(0);
  // LibreOffice 7.2+: the 12th token of the CSV filter options picks the (1-based) sheet.
  soffice(["--convert-to", `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,${index}`, reportFile], dir);
  const csvName = readdirSync(dir).find((name) => name.endsWith(".csv")) as string;
  expect(csvName).toBe("demo-Rapport jan–aug 2027.csv");
  const lines = readFileSync(path.join(dir, csvName), "utf8").split(/\r?\n/);
  // A table's row: its label, then its figures (six, or the forecast change's three) and nothing after them.
  const figuresOf = (cells: string[]) => {
    const rest = cells.slice(1);
    return rest.indexOf("") < 0 ? rest : rest.slice(0, rest.indexOf(""));
  };
  const figureRows = lines
    .map((line) => line.split(","))
    .filter((cells) => cells.length === 7 && figuresOf(cells).length >= 3 && figuresOf(cells).every((cell) => /^-?\d+$/.test(cell)) && cells.slice(1 + figuresOf(cells).length).every((cell) => cell === ""))
    .map((cells) => [cells[0].replace(/^"|"$/g, ""), ...figuresOf(cells).map(Number)]);
  const expected = report.tables.flatMap((table) => table.rows.map((row) => [row.label, ...row.values]));
  expect(figureRows).toEqual(expected);
});
