import { generateReport } from "../../src/excel/generateReport";
import { SHOW_LEDGER_ROWS_SYNCS, showAllLedgerRows, showLedgerRowsOfSelection } from "../../src/excel/ledgerFilter";
import { installFakeOffice, type FakeExcelHost } from "../fakes";
import { workbook } from "../core/report/fixtures";
import { failure } from "./rejection";

let host: FakeExcelHost;
let reportSheet: string;

/** Selects the cell in column B of the report row labelled `label`, the `nth` such row counting from 1. */
function selectReportRow(label: string, nth = 1) {
  const sheet = host.sheet(reportSheet);
  const labels = host.valuesAt(sheet, { row: 0, column: 0, rowCount: 80, columnCount: 1 }).map((row) => row[0]);
  const row = labels.map((value, i) => (value === label ? i : -1)).filter((i) => i >= 0)[nth - 1];
  host.selection = { sheet, rect: { row, column: 1, rowCount: 1, columnCount: 1 } };
}

function ledgerState() {
  const table = host.findTable("Underlag")!;
  return { filters: Object.fromEntries(table.filters), visible: host.visibleRows(table) };
}

beforeEach(async () => {
  host = installFakeOffice(globalThis, { tables: workbook() });
  reportSheet = (await generateReport()).sheetName;
  host.syncs = 0;
  host.writes.splice(0);
});

describe("from a line of the written report to the ledger rows behind it", () => {
  it("filters Underlag on Rad and Fördelning to a shared line's rows, every row of that line", async () => {
    selectReportRow("Personalkostnader");
    const shown = await showLedgerRowsOfSelection();
    expect(shown).toEqual({ line: "Personalkostnader", allocation: "Gemensam", rows: 2, sheet: "Underlag" });
    expect(ledgerState()).toEqual({ filters: { 0: ["Personalkostnader"], 1: ["Gemensam"] }, visible: [1, 4] });
    expect(host.activeSheet().name).toBe("Underlag");
  });

  it("names each spelling of the Fördelning the name rule joins (”gemensam ”), so none of the line's rows is hidden", async () => {
    selectReportRow("Licenser");
    expect(await showLedgerRowsOfSelection()).toMatchObject({ line: "Licenser", rows: 1 });
    expect(ledgerState()).toEqual({ filters: { 0: ["Licenser"], 1: ["gemensam "] }, visible: [2] });
  });

  it("takes a line of a party's own table with that party's Fördelning", async () => {
    selectReportRow("Nämndsarvoden");
    expect(await showLedgerRowsOfSelection()).toEqual({ line: "Nämndsarvoden", allocation: "Borgholm", rows: 1, sheet: "Underlag" });
    expect(ledgerState().visible).toEqual([3]);
  });

  it("changes only the filter and the active sheet, in the documented syncs", async () => {
    selectReportRow("Personalkostnader");
    await showLedgerRowsOfSelection();
    expect(host.writes.map((entry) => [entry.action, entry.sheet])).toEqual([
      ["filter", "Underlag"],
      ["filter", "Underlag"],
      ["filter", "Underlag"],
      ["activate", "Underlag"],
    ]);
    expect(host.syncs).toBe(SHOW_LEDGER_ROWS_SYNCS);
  });

  it("shows every row again", async () => {
    selectReportRow("Licenser");
    await showLedgerRowsOfSelection();
    await showAllLedgerRows();
    expect(ledgerState()).toEqual({ filters: {}, visible: [0, 1, 2, 3, 4] });
  });
});

describe("a selection that is not a report line", () => {
  it("a sum row: no ledger row carries it, and the filter is left as it was", async () => {
    selectReportRow("Summa kostnader", 2);
    const error = await failure(showLedgerRowsOfSelection());
    expect(error).toMatchObject({ code: "lineNotInLedger", params: { line: "Summa kostnader", allocation: "Gemensam", table: "Underlag" } });
    expect(ledgerState().filters).toEqual({});
    expect(host.writes).toEqual([]);
  });

  it("a cell on a sheet that is not the add-in's report", async () => {
    host.selection = { sheet: host.sheet("Underlag"), rect: { row: 2, column: 0, rowCount: 1, columnCount: 1 } };
    await expect(showLedgerRowsOfSelection()).rejects.toMatchObject({ code: "selectReportLine", params: { sheet: "Underlag" } });
  });

  it("the report's own title or column headings", async () => {
    selectReportRow("tkr");
    await expect(showLedgerRowsOfSelection()).rejects.toMatchObject({ code: "selectReportLine" });
  });
});
