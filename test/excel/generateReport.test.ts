import { OitError } from "../../src/core/errors";
import { layoutReport, reportSheetName } from "../../src/core/report";
import { pageBreaks } from "../../src/core/report/pageBreaks";
import { generateReport } from "../../src/excel/generateReport";
import { CHART_ROWS } from "../../src/excel/renderLayout";
import { installFakeOffice } from "../fakes";
import { ledgerTable, smallLedger, workbook } from "../core/report/fixtures";
import { expectBlocksWritten } from "./layouts";

/** A ledger of `count` rows that sum into a handful of lines, as a real one with many vouchers does. */
function longLedger(count: number): unknown[][] {
  return Array.from({ length: count }, (_, i) => {
    const template = smallLedger[i % 4];
    return [template[0], template[1], template[2], 1000 + i, 990 + i, 1500 + i, 1490 + i];
  });
}

describe("generateReport: workbook tables → report → sheet", () => {
  it("writes the layout of the report the core builds from the workbook's tables", async () => {
    const host = installFakeOffice(globalThis, { tables: workbook() });
    const { report, sheetName, replaced } = await generateReport();
    expect(sheetName).toBe(reportSheetName(report));
    expect(replaced).toBe(false);
    const sheet = host.sheet(sheetName);
    expectBlocksWritten(host, layoutReport(report));
    expect(sheet.charts.length).toBe(layoutReport(report).chart ? 1 : 0);
    expect(host.writes.every((entry) => entry.sheetId === sheet.id)).toBe(true);
  });

  it("merges every paragraph across the table and prints the sheet landscape, one page wide", async () => {
    const host = installFakeOffice(globalThis, { tables: workbook() });
    const { report, sheetName } = await generateReport();
    const layout = layoutReport(report);
    const last = String.fromCharCode(64 + layout.columnWidths.length);
    const paragraphs = layout.blocks.filter((block) => block.mergeAcross).flatMap((block) => block.values.map(([text], i) => ({ row: block.row + i + 1, text })));
    // The shared part's caption, the draft analysis paragraph by paragraph, then the chart data's heading.
    const shared = report.tables.find((table) => table.id === "shared")!;
    expect(paragraphs.map(({ text }) => text)).toEqual([shared.caption, ...report.narrative.paragraphs, "Diagramunderlag: avvikelse mot årsbudget per gemensam rad"]);
    const paragraphRows = paragraphs.map(({ row }) => row);
    const sheet = host.snapshot().sheets.find((s) => s.name === sheetName)!;
    expect(sheet.merges).toEqual(paragraphRows.map((row) => `A${row}:${last}${row}`));
    expect(sheet.print).toMatchObject({
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      titleRows: "$1:$1",
    });
  });

  it("puts a page break above each table that would not fit the rest of its page, counting the chart's rows", async () => {
    // Thirty shared lines and twenty own lines per party: four tables, more than a page of them.
    const lines = [
      ...Array.from({ length: 30 }, (_, i) => [`Tjänst ${i + 1}`, "Gemensam", "Kostnad", 1000 * i, 990 * i, 1500 * i, 1490 * i]),
      ...["Borgholm", "Mörbylånga"].flatMap((party) =>
        Array.from({ length: 20 }, (_, i) => [`${party} projekt ${i + 1}`, party, "Kostnad", 100 * i, 90 * i, 150 * i, 140 * i])
      ),
    ];
    const host = installFakeOffice(globalThis, { tables: workbook({ ledger: ledgerTable(lines) }) });
    const { report, sheetName } = await generateReport();
    const layout = layoutReport(report);
    const breaks = host.snapshot().sheets.find((s) => s.name === sheetName)!.print.pageBreaks ?? [];
    expect(breaks.length).toBeGreaterThanOrEqual(2);
    expect(breaks).toEqual(pageBreaks(layout, CHART_ROWS));
    // Each break starts a table (its title) or the chart's data (its caption, the row above them).
    const starts = [...layout.blocks.filter((block) => block.style === "title").map((block) => block.row), layout.chart!.firstRow - 1];
    for (const row of breaks) expect(starts).toContain(row);
  });

  it.each([10, 50_000])(
    "reads and writes a ledger of %i rows in at most four syncs, each response under Excel's 5 MB",
    async (rows) => {
      const host = installFakeOffice(globalThis, {
        tables: workbook({ ledger: ledgerTable(longLedger(rows)) }),
      });
      const { report, sheetName } = await generateReport();
      expect(host.syncs).toBeLessThanOrEqual(4);
      expectBlocksWritten(host, layoutReport(report));
      expect(host.activeSheet().name).toBe(sheetName);
    }
  );

  it("reads only the tables the report needs, however large the others are", async () => {
    const unrelated = {
      name: "Kundregister",
      sheet: "Kunder",
      headers: ["Namn", "Anteckning"],
      rows: Array.from({ length: 60_000 }, (_, i) => [`Kund ${i}`, "x".repeat(100)]),
    };
    const host = installFakeOffice(globalThis, { tables: [...workbook(), unrelated] });
    await generateReport();
    expect(host.syncs).toBeLessThanOrEqual(4);
  });

  it("replaces its own report when run again for the same period", async () => {
    const host = installFakeOffice(globalThis, { tables: workbook() });
    const first = await generateReport();
    const sheets = host.sheetNames();
    const second = await generateReport();
    expect(second).toMatchObject({ sheetName: first.sheetName, replaced: true });
    expect(host.sheetNames()).toEqual(sheets);
  });

  it("passes the pane's choices to the core", async () => {
    installFakeOffice(globalThis, { tables: workbook() });
    const { report, sheetName } = await generateReport({ throughMonth: 4 });
    expect(report.throughMonth).toBe(4);
    expect(sheetName).toBe(reportSheetName(report));
  });

  it("writes nothing when the core rejects the workbook, and the error stays the core's", async () => {
    const host = installFakeOffice(globalThis, {
      tables: workbook().filter((table) => table.name !== "Underlag"),
    });
    const before = host.snapshot();
    await expect(generateReport()).rejects.toBeInstanceOf(OitError);
    expect(host.writes).toEqual([]);
    expect(host.snapshot()).toEqual(before);
  });
});
