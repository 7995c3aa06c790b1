import { invoiceLayout } from "../../src/core/invoicing/invoiceLayout";
import { layoutReport } from "../../src/core/report";
import { generateReport } from "../../src/excel/generateReport";
import { writeInvoices } from "../../src/excel/invoices";
import { excelNotice } from "../../src/excel/messages";
import { installFakeOffice } from "../fakes";
import { workbook } from "../core/report/fixtures";
import { expectBlocksWritten } from "./layouts";

describe("a decoration Excel refuses, seen from the pane's calls", () => {
  it("generateReport keeps the report and passes on the chart it could not add", async () => {
    const host = installFakeOffice(globalThis, { tables: workbook() });
    host.failWhen((entry) => entry.action === "chart");
    const { report, sheetName, skipped } = await generateReport();
    // The refusal can only come from a chart the layout asked for (failWhen matches the chart call alone).
    expectBlocksWritten(host, layoutReport(report));
    expect(skipped).toEqual([
      excelNotice("decorationsSkipped", { sheet: sheetName, detail: `injected failure: chart on ${sheetName}` }),
    ]);
  });

  it("writeInvoices keeps the invoices and passes on the print settings it could not set", async () => {
    const host = installFakeOffice(globalThis, { tables: workbook() });
    host.failWhen((entry) => entry.action === "pageLayout");
    const { plan, sheetName, skipped } = await writeInvoices();
    expectBlocksWritten(host, invoiceLayout(plan));
    expect(skipped).toEqual([
      excelNotice("printSettingsSkipped", { sheet: sheetName, detail: `injected failure: pageLayout on ${sheetName}` }),
    ]);
  });

  it("both say nothing was skipped when Excel takes everything", async () => {
    installFakeOffice(globalThis, { tables: workbook() });
    expect((await generateReport()).skipped).toEqual([]);
    expect((await writeInvoices()).skipped).toEqual([]);
  });
});
