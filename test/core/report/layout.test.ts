import fc from "fast-check";
import { layoutReport, reportFromTables, type CellBlock, type SheetLayout } from "../../../src/core/report";
import { table, workbook } from "./fixtures";
import { ledgerArb, reportOf } from "./generators";

/** The sheet as a sparse grid, failing when two blocks write the same cell. */
function grid(layout: SheetLayout): Map<string, { value: string | number | null; block: CellBlock }> {
  const cells = new Map<string, { value: string | number | null; block: CellBlock }>();
  for (const block of layout.blocks) {
    block.values.forEach((row, r) => {
      expect(row).toHaveLength(block.values[0].length);
      row.forEach((value, c) => {
        const key = `${block.row + r},${block.column + c}`;
        expect(cells.has(key)).toBe(false);
        cells.set(key, { value, block });
      });
    });
  }
  return cells;
}

function rowAt(cells: ReturnType<typeof grid>, row: number, width = 7): (string | number | null | undefined)[] {
  return Array.from({ length: width }, (_, c) => cells.get(`${row},${c}`)?.value);
}

function rowOfText(cells: ReturnType<typeof grid>, text: string): number {
  const found = [...cells.entries()].find(([, cell]) => cell.value === text);
  if (!found) throw new Error(`no cell "${text}"`);
  return Number(found[0].split(",")[0]);
}

describe("layoutReport", () => {
  const causes = table("Avvikelseorsaker", ["Orsak", "Belopp"], [["Licenser", -120], ["Telefoni", "-75,5"]]);
  const report = reportFromTables(workbook({ extra: [causes] }));
  const layout = layoutReport(report);
  const cells = grid(layout);

  it("titles the sheet with the committee, period and unit, and freezes the title and column headings", () => {
    expect(layout.sheetName).toBe("Rapport jan–aug 2027");
    expect(rowAt(cells, 0, 1)).toEqual(["Ölands IT-nämnd – Rapport jan–aug 2027, tkr"]);
    expect(rowAt(cells, 1)).toEqual(["tkr", "Budget jan–aug", "Utfall jan–aug", "Avvikelse ack.", "Årsbudget", "Årsprognos", "Avvikelse"]);
    expect(layout.freezeRows).toBe(2);
    expect(layout.columnWidths).toHaveLength(7);
  });

  it("writes every table as title, header, rows as numbers with the amount format, then its caption and a blank row", () => {
    for (const t of report.tables) {
      const title = rowOfText(cells, t.title);
      expect(cells.get(`${title},0`)?.block.style).toBe("title");
      expect(cells.get(`${title + 1},1`)?.block.style).toBe("header");
      t.rows.forEach((row, i) => {
        const at = title + 2 + i;
        expect(rowAt(cells, at)).toEqual([row.label, ...row.values]);
        expect(cells.get(`${at},1`)?.block).toMatchObject({ style: row.kind, numberFormat: "#,##0;-#,##0" });
      });
      const after = title + 2 + t.rows.length;
      if (t.caption) expect(cells.get(`${after},0`)).toMatchObject({ value: t.caption, block: { style: "caption" } });
      expect(cells.has(`${after + (t.caption ? 1 : 0)},0`)).toBe(false);
    }
  });

  it("writes the narrative as text and the causes as numbers, ending with the deviation they explain", () => {
    for (const paragraph of report.narrative.paragraphs) expect(cells.get(`${rowOfText(cells, paragraph)},0`)?.block.style).toBe("text");
    const header = rowOfText(cells, "Orsak");
    expect(rowAt(cells, header, 2)).toEqual(["Orsak", "Belopp, tkr"]);
    expect([1, 2, 3, 4].map((i) => rowAt(cells, header + i, 2))).toEqual([
      ["Licenser", -120],
      ["Telefoni", -75.5],
      ["Ej förklarad avvikelse", 235.5],
      ["Avvikelse mot årsbudget", 40],
    ]);
    expect(cells.get(`${header + 1},1`)?.block.numberFormat).toBe("#,##0.0;-#,##0.0");
    expect(cells.get(`${header + 4},1`)?.block.style).toBe("total");
  });

  it("charts the shared lines' forecast deviation against their labels", () => {
    const chart = layout.chart;
    expect(chart).toBeDefined();
    if (!chart) return;
    const shared = report.tables.find((t) => t.id === "shared");
    const lines = shared?.rows.filter((row) => row.kind === "line") ?? [];
    expect(chart.rowCount).toBe(lines.length);
    const charted = Array.from({ length: chart.rowCount }, (_, i) => [cells.get(`${chart.firstRow + i},${chart.labelColumn}`)?.value, cells.get(`${chart.firstRow + i},${chart.valueColumn}`)?.value]);
    expect(charted).toEqual(lines.map((row) => [row.label, row.values[5]]));
  });

  it("has no chart without shared lines", () => {
    const own = reportFromTables(workbook({ ledger: table("Underlag", ["Rad", "Fördelning", "Utfall", "Årsbudget", "Årsprognos"], [["A", "Borgholm", 1, 1, 1]]) }));
    expect(layoutReport(own).chart).toBeUndefined();
  });

  it("lays out any generated report without overlapping cells, numbers kept as numbers", () => {
    fc.assert(
      fc.property(ledgerArb, (generated) => {
        const sheet = layoutReport(reportOf(generated));
        grid(sheet);
        for (const block of sheet.blocks.filter((b) => b.numberFormat)) {
          for (const [label, ...amounts] of block.values) {
            expect(typeof label).toBe("string");
            for (const amount of amounts) expect(Number.isInteger(amount)).toBe(true);
          }
        }
      }),
      { numRuns: 30 }
    );
  });
});
