import { invoiceLayout } from "../../src/core/invoicing/invoiceLayout";
import { layoutReport } from "../../src/core/report";
import type { SheetLayout } from "../../src/core/report/layout.types";
import { generateReport } from "../../src/excel/generateReport";
import { writeInvoices } from "../../src/excel/invoices";
import { installFakeOffice, type FakeExcelHost } from "../fakes";
import { workbook } from "../core/report/fixtures";

/** The figures of a layout as the sheet holds them (null in a layout is a blank cell). */
function figures(host: FakeExcelHost, layout: SheetLayout) {
  const sheet = host.sheet(layout.sheetName);
  return layout.blocks
    .filter((block) => block.values.length > 0)
    .map((block) => ({
      expected: block.values.map((row) => row.map((value) => value ?? "")),
      actual: host.valuesAt(sheet, {
        row: block.row,
        column: block.column,
        rowCount: block.values.length,
        columnCount: block.values[0].length,
      }),
    }));
}

describe("a decoration Excel refuses, seen from the pane's calls", () => {
  it("generateReport keeps the report and passes on the chart it could not add", async () => {
    const host = installFakeOffice(globalThis, { tables: workbook() });
    host.failWhen((entry) => entry.action === "chart");
    const { report, sheetName, skipped } = await generateReport();
    const layout = layoutReport(report);
    expect(layout.chart).toBeDefined();
    for (const { expected, actual } of figures(host, layout)) expect(actual).toEqual(expected);
    expect(skipped).toEqual([
      { code: "decorationsSkipped", params: { sheet: sheetName, detail: `injected failure: chart on ${sheetName}` } },
    ]);
  });

  it("writeInvoices keeps the invoices and passes on the print settings it could not set", async () => {
    const host = installFakeOffice(globalThis, { tables: workbook() });
    host.failWhen((entry) => entry.action === "pageLayout");
    const { plan, sheetName, skipped } = await writeInvoices();
    for (const { expected, actual } of figures(host, invoiceLayout(plan))) expect(actual).toEqual(expected);
    expect(skipped).toEqual([
      { code: "printSettingsSkipped", params: { sheet: sheetName, detail: `injected failure: pageLayout on ${sheetName}` } },
    ]);
  });

  it("both say nothing was skipped when Excel takes everything", async () => {
    installFakeOffice(globalThis, { tables: workbook() });
    expect((await generateReport()).skipped).toEqual([]);
    expect((await writeInvoices()).skipped).toEqual([]);
  });
});
