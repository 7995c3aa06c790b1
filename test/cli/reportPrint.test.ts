import * as path from "path";
import type { Cell, Worksheet } from "exceljs";
import { EXAMPLE_WORKBOOK } from "../../src/cli/main";
import { layoutReport } from "../../src/core/report/layout";
import type { SheetLayout } from "../../src/core/report/layout.types";
import type { Report } from "../../src/core/report/types";
import { loadWorkbook, runCli, tempDir } from "./helpers";

/** The report sheet as ExcelJS reads it back from the file the CLI wrote: print settings, merges, widths. */
const SHEET = "Rapport jan–aug 2027";

let dir: string;
let layout: SheetLayout;
let sheet: Worksheet;

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
  layout = layoutReport(JSON.parse(run.stdout) as Report);
  sheet = (await loadWorkbook(out)).getWorksheet(SHEET)!;
});

test("prints landscape on A4, one page wide and as many down as needed, title and headings on every page", () => {
  expect(sheet.pageSetup).toMatchObject({
    orientation: "landscape",
    paperSize: 9,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: "1:2",
    margins: { left: 0.25, right: 0.25, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
  });
});

test("gives the columns the layout's widths, and the headings stay on one line", () => {
  expect(layout.columnWidths.map((_, i) => sheet.getColumn(i + 1).width)).toEqual(layout.columnWidths);
  expect(look(2, 2).value).toBe("Budget jan–aug");
  for (let c = 2; c <= layout.columnWidths.length; c++) {
    expect(look(2, c)).toMatchObject({ alignment: { horizontal: "right" }, font: { name: "Calibri", bold: true } });
    expect(look(2, c).alignment.wrapText).toBeUndefined();
  }
});

test("merges each paragraph across the table, wrapped from the top, at the layout's height", () => {
  const paragraphs = layout.blocks
    .filter((block) => block.mergeAcross)
    .flatMap((block) => block.values.map(([text], i) => ({ row: block.row + i + 1, text, height: block.rowHeights?.[i] })));
  expect(paragraphs.length).toBeGreaterThan(3);
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
  expect(titles).toEqual(workbook.worksheets.map((s) => [s.name, s.name === SHEET ? "1:2" : undefined]));
});
