import { readFileSync } from "fs";
import * as path from "path";
import type { Cell, Worksheet } from "exceljs";
import { EXAMPLE_WORKBOOK } from "../../src/cli/main";
import { layoutReport } from "../../src/core/report/layout";
import type { SheetLayout } from "../../src/core/report/layout.types";
import type { Report } from "../../src/core/report/types";
import { openPackage } from "../../src/xlsx/package";
import { sheetParts } from "../../src/xlsx/workbookParts";
import { elements } from "../../src/xlsx/xml";
import { exampleVariant, loadWorkbook, pdfPages, runCli, soffice, tempDir } from "./helpers";

jest.setTimeout(60_000);

/** The report sheet as ExcelJS reads it back from the file the CLI wrote: print settings, merges, widths. */
const SHEET = "Rapport jan–aug 2027";

let dir: string;
let layout: SheetLayout;
let sheet: Worksheet;
let reportJson: Report;

/** What a cell of the report sheet shows and how (a plain object: ExcelJS's cells, not Office.js proxies). */
function look(row: number, column: number): Pick<Cell, "value" | "alignment" | "font"> {
  const { value, alignment, font } = sheet.getCell(row, column);
  return { value, alignment, font };
}

beforeAll(async () => {
  dir = tempDir();
  const out = path.join(dir, "rapport.xlsx");
  const run = await runCli(["report", EXAMPLE_WORKBOOK, "--json", "--out", out]);
  expect(run.code).toBe(0);
  reportJson = JSON.parse(run.stdout) as Report;
  layout = layoutReport(reportJson);
  sheet = (await loadWorkbook(out)).getWorksheet(SHEET)!;
});

test("prints landscape on A4, one page wide and as many down as needed, the title on every page", () => {
  expect(sheet.pageSetup).toMatchObject({
    orientation: "landscape",
    paperSize: 9,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: "1:1",
    margins: { left: 0.25, right: 0.25, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
  });
});

test("gives the columns the layout's widths, and the headings stay on one line", () => {
  expect(layout.columnWidths.map((_, i) => sheet.getColumn(i + 1).width)).toEqual(layout.columnWidths);
  expect(look(4, 2).value).toBe("Budget jan–aug");
  for (let c = 2; c <= layout.columnWidths.length; c++) {
    expect(look(4, c)).toMatchObject({ alignment: { horizontal: "right" }, font: { name: "Calibri", bold: true } });
    expect(look(4, c).alignment.wrapText).toBeUndefined();
  }
});

test("merges each paragraph across the table, wrapped from the top, at the layout's height", () => {
  const paragraphs = layout.blocks
    .filter((block) => block.mergeAcross)
    .flatMap((block) => block.values.map(([text], i) => ({ row: block.row + i + 1, text, height: block.rowHeights?.[i] })));
  // The shared part's caption, the draft analysis paragraph by paragraph, then the chart data's heading.
  const shared = reportJson.tables.find((table) => table.id === "shared")!;
  expect(paragraphs.map(({ text }) => text)).toEqual([shared.caption, ...reportJson.narrative.paragraphs, "Diagramunderlag: avvikelse mot årsbudget per gemensam rad"]);
  const last = String.fromCharCode(64 + layout.columnWidths.length);
  expect(sheet.model.merges).toEqual(paragraphs.map(({ row }) => `A${row}:${last}${row}`));
  for (const { row, text, height } of paragraphs) {
    expect(look(row, 1)).toMatchObject({ value: text, alignment: { wrapText: true, vertical: "top" } });
    expect(sheet.getRow(row).height).toBe(height);
  }
});

test("a rerun on its own output keeps the print titles with the report sheet and off the others", async () => {
  const again = path.join(dir, "igen.xlsx");
  expect((await runCli(["report", path.join(dir, "rapport.xlsx"), "--out", again])).code).toBe(0);
  const workbook = await loadWorkbook(again);
  const titles = workbook.worksheets.map((s) => [s.name, s.pageSetup.printTitlesRow]);
  expect(titles).toEqual(workbook.worksheets.map((s) => [s.name, s.name === SHEET ? "1:1" : undefined]));
});

/** The report's pages of the PDF LibreOffice prints of `file` (every sheet is printed; the report's pages repeat its title), as lines. */
function reportPages(file: string, report: Report): string[][] {
  soffice(["--convert-to", "pdf", file], path.dirname(file));
  const title = `Ölands IT-nämnd – Rapport ${report.periodLabel} ${report.year}, ${report.unit}`;
  return pdfPages(file.replace(/\.xlsx$/, ".pdf"))
    .map((page) => page.split("\n").map((line) => line.trim()))
    .filter((lines) => lines[0] === title);
}

/** Each table by its title: the page it starts on, and whether its Total row is printed on that page (before the next table's title). */
function tablesOnPages(pages: string[][], report: Report): { title: string; page: number; totalOnPage: boolean }[] {
  const titles = report.tables.map((table) => table.title);
  return titles.map((title) => {
    const page = pages.findIndex((lines) => lines.includes(title));
    const after = page < 0 ? [] : pages[page].slice(pages[page].indexOf(title) + 1);
    const next = after.findIndex((line) => titles.includes(line));
    const own = next < 0 ? after : after.slice(0, next);
    return { title, page, totalOnPage: own.some((line) => /^Total\s+-?[\d,]+/.test(line)) };
  });
}

/** Lines that are a table's column headings (the unit, then the first column's heading). */
const headingLines = (lines: string[], report: Report) => lines.filter((line) => line.startsWith(`${report.unit} `) && line.includes(report.tables[0].columns[0])).length;

describe("printed by LibreOffice", () => {
  let examplePages: string[][] | undefined;
  const pagesOfExample = () => (examplePages ??= reportPages(path.join(dir, "rapport.xlsx"), reportJson));

  test("page 1 shows the committee's column headings once, under its own title", () => {
    const report = reportJson;
    const [first] = pagesOfExample();
    expect(first[1]).toBe("");
    expect(first[2]).toBe(report.tables[0].title);
    expect(headingLines(first, report)).toBe(first.filter((line) => report.tables.some((table) => table.title === line && table.columns[0] === report.tables[0].columns[0])).length);
  });

  test("no table of the example starts on a page without its Total row", () => {
    const placed = tablesOnPages(pagesOfExample(), reportJson);
    expect(placed.every((table) => table.page >= 0)).toBe(true);
    expect(placed.filter((table) => !table.totalOnPage)).toEqual([]);
  });

  test("a ledger of many lines gets page breaks before the tables that would not fit, and none is split", async () => {
    const long = await exampleVariant(dir, "lang.xlsx", (workbook) => {
      const table = workbook.getWorksheet("Underlag")!.getTable("Underlag");
      for (let i = 1; i <= 14; i++) table.addRow([6600 + i, `Tjänst ${i}`, "Gemensam", 10_000 * i, 15_000 * i, 15_500 * i, null]);
      for (const party of ["Borgholm", "Mörbylånga"]) for (let i = 1; i <= 9; i++) table.addRow([6700 + i, `${party} projekt ${i}`, party, 5_000 * i, 8_000 * i, 7_500 * i, null]);
      table.commit();
    });
    const out = path.join(dir, "lang-rapport.xlsx");
    const run = await runCli(["report", long, "--json", "--out", out]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    const pkg = openPackage(new Uint8Array(readFileSync(out)));
    const part = sheetParts(pkg).find((candidate) => candidate.name === SHEET)!.part;
    expect(elements(pkg.text(part) ?? "", "brk").length).toBeGreaterThanOrEqual(2);
    const pages = reportPages(out, report);
    const placed = tablesOnPages(pages, report);
    expect(new Set(placed.map((table) => table.page)).size).toBeGreaterThanOrEqual(3);
    expect(placed.every((table) => table.page >= 0)).toBe(true);
    expect(placed.filter((table) => !table.totalOnPage)).toEqual([]);
  });
});
