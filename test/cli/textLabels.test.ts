import * as path from "path";
import type ExcelJS from "exceljs";
import { exampleVariant, figureRows, loadWorkbook, reportFigureRows, runCli, tempDir } from "./helpers";

/** Ledger lines (Rad, column B of Underlag, rows 2–5) renamed to what Excel would take for formulas. */
const labels = ["=Licenser", "+ Tillägg", "- Licenser", "@drift"];

/** The cells that show `text`, as a string or as a formula of that text (which the test rejects). */
function cellsHolding(workbook: ExcelJS.Workbook, sheetName: string, text: string): ExcelJS.Cell[] {
  const found: ExcelJS.Cell[] = [];
  workbook.getWorksheet(sheetName)!.eachRow((row) =>
    row.eachCell((cell) => {
      const value = cell.value;
      const shown = typeof value === "object" && value !== null && "formula" in value ? `=${value.formula}` : value;
      if (shown === text || shown === (text.startsWith("=") ? text : `=${text}`)) found.push(cell);
    })
  );
  return found;
}

describe("the command line's report keeps text as text", () => {
  it("writes labels starting with =, +, - and @ as string cells, not formulas", async () => {
    const dir = tempDir();
    const input = await exampleVariant(dir, "labels.xlsx", (workbook) => {
      const ledger = workbook.getWorksheet("Underlag")!;
      labels.forEach((label, i) => (ledger.getCell(`B${i + 2}`).value = label));
      // The forecasts of Prognos name the example's lines, which these labels replace.
      workbook.removeWorksheet(workbook.getWorksheet("Prognos")!.id);
    });
    const out = path.join(dir, "labels.out.xlsx");
    const run = await runCli(["report", input, "--json", "--out", out]);
    expect(run.stderr).toBe("");
    const shown = reportFigureRows(JSON.parse(run.stdout));
    expect(shown.map(([label]) => label)).toEqual(expect.arrayContaining(labels));
    const report = await loadWorkbook(out);
    const sheet = report.worksheets.find((ws) => ws.name.startsWith("Rapport"))!;
    // Every table row's label is the text itself (a formula cell would read back as an object).
    expect(figureRows(sheet).slice(0, shown.length)).toEqual(shown);
    for (const label of labels) {
      for (const cell of cellsHolding(report, sheet.name, label)) expect({ label, type: cell.type, value: cell.value }).toEqual({ label, type: 3, value: label });
    }
  });
});
