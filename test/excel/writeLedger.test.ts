import { LEDGER_MARKER_NAME, REPORT_MARKER_NAME } from "../../src/core/report/marker";
import type { TableData } from "../../src/core/workbook/types";
import { OitError } from "../../src/core/errors";
import { readWorkbook } from "../../src/excel/readWorkbook";
import { WRITE_LEDGER_SYNCS, writeLedger, type LedgerCells } from "../../src/excel/writeLedger";
import { FakeExcelHost, asExcelContext, type FakeWorkbookSeed, type WriteEntry } from "../fakes";
import { failure } from "./rejection";

const headers = ["Rad", "Fördelning", "Konto", "Ansvar", "Utfall", "Årsbudget", "Årsprognos"];

function ledger(rows: number): LedgerCells {
  return {
    headers,
    rows: Array.from({ length: rows }, (_, i) => [`Rad ${i + 1}`, "Gemensam", "0410", String(1700 + i), 100.25 + i, 200, null]),
  };
}

const prognos: TableData = {
  name: "Prognos",
  sheet: "Prognos",
  headers: ["Rad", "Fördelning", "Årsprognos", "Kommentar"],
  rows: [["Rad 1", "Gemensam", 250, "mitt eget"]],
};

/** A workbook with the economist's Prognos table and, when given, the add-in's earlier ledger sheet. */
function workbook(extra: Partial<FakeWorkbookSeed> = {}): FakeExcelHost {
  return new FakeExcelHost({
    sheets: [{ name: "Översikt", values: [["mina noter"]] }, ...(extra.sheets ?? [])],
    tables: [prognos, ...(extra.tables ?? [])],
  });
}

const oldLedger: Partial<FakeWorkbookSeed> = {
  sheets: [{ name: "Underlag", names: [LEDGER_MARKER_NAME] }],
  tables: [{ name: "Underlag", sheet: "Underlag", headers, rows: [["Gammal", "Gemensam", "5010", "1700", 1, 1, 1]] }],
};

async function write(host: FakeExcelHost, cells: LedgerCells) {
  const context = asExcelContext(host.context());
  const { tables, sheets } = await readWorkbook(context, { names: [], marker: LEDGER_MARKER_NAME });
  host.syncs = 0;
  return writeLedger(context, cells, tables, sheets);
}

function tableBody(host: FakeExcelHost, name: string) {
  const table = host.findTable(name)!;
  return host.valuesAt(table.sheet, { row: table.headerRow, column: table.column, rowCount: table.rowCount + 1, columnCount: table.columnCount });
}


describe("writeLedger on a workbook without a ledger", () => {
  let host: FakeExcelHost;
  let before: ReturnType<FakeExcelHost["snapshot"]>;
  beforeAll(async () => {
    host = workbook();
    before = host.snapshot();
    expect(await write(host, ledger(3))).toEqual({ sheetName: "Underlag", replaced: false });
  });

  it("writes the table Underlag with every row, nulls as blank cells, on a sheet it marks as its own", () => {
    expect(tableBody(host, "Underlag")).toEqual([
      headers,
      ["Rad 1", "Gemensam", "0410", "1700", 100.25, 200, ""],
      ["Rad 2", "Gemensam", "0410", "1701", 101.25, 200, ""],
      ["Rad 3", "Gemensam", "0410", "1702", 102.25, 200, ""],
    ]);
    expect(host.findTable("Underlag")!.sheet.name).toBe("Underlag");
    expect([...host.sheet("Underlag").names.keys()]).toEqual([LEDGER_MARKER_NAME.toLowerCase()]);
    expect(host.activeSheet().name).toBe("Underlag");
  });

  it("formats codes and labels as text, so Excel keeps 0410 as typed, and amounts with öre", () => {
    const sheet = host.sheet("Underlag");
    expect(headers.map((_, column) => host.cellAt(sheet, 1, column).numberFormat)).toEqual(["@", "@", "@", "@", "#,##0.00", "#,##0.00", "#,##0.00"]);
    expect(sheet.frozenRows).toBe(1);
  });

  it("writes on its own sheet only, leaves the Prognos table and the user's sheet as they were, in the documented syncs", () => {
    const own = host.sheet("Underlag").id;
    expect(host.writes.filter((entry) => entry.sheetId !== own)).toEqual([]);
    const after = host.snapshot();
    for (const name of ["Översikt", "Prognos"]) expect(after.sheets.find((s) => s.name === name)).toEqual(before.sheets.find((s) => s.name === name));
    expect(after.tables.find((t) => t.name === "Prognos")).toEqual(before.tables.find((t) => t.name === "Prognos"));
    expect(host.syncs).toBe(WRITE_LEDGER_SYNCS);
  });
});

describe("a re-import", () => {
  it("replaces the add-in's earlier ledger in its place, touching no other sheet", async () => {
    const host = workbook(oldLedger);
    const old = host.sheet("Underlag").id;
    const names = host.sheetNames();
    const before = host.snapshot();
    expect(await write(host, ledger(2))).toEqual({ sheetName: "Underlag", replaced: true });
    expect(host.sheetNames()).toEqual(names);
    expect(tableBody(host, "Underlag").map((row) => row[0])).toEqual(["Rad", "Rad 1", "Rad 2"]);
    expect(host.tables.map((t) => t.name)).toEqual(["Prognos", "Underlag"]);
    const fresh = host.sheet("Underlag").id;
    expect(host.writes.filter((e: WriteEntry) => e.sheetId !== fresh && !(e.sheetId === old && e.action === "deleteSheet"))).toEqual([]);
    const after = host.snapshot();
    expect(after.sheets.filter((s) => s.name !== "Underlag")).toEqual(before.sheets.filter((s) => s.name !== "Underlag"));
  });

  it("finds its ledger on the sheet the economist renamed, and replaces that one", async () => {
    const host = workbook({ sheets: [{ name: "Huvudbok", names: [LEDGER_MARKER_NAME] }], tables: [{ ...oldLedger.tables![0], sheet: "Huvudbok" }] });
    expect(await write(host, ledger(1))).toEqual({ sheetName: "Huvudbok", replaced: true });
    expect(host.sheetNames()).toEqual(["Översikt", "Huvudbok", "Prognos"]);
  });

  it.each([10, 10_000])("takes the same syncs for %i rows", async (rows) => {
    const host = workbook(oldLedger);
    await write(host, ledger(rows));
    expect(host.syncs).toBe(WRITE_LEDGER_SYNCS);
    expect(host.findTable("Underlag")!.rowCount).toBe(rows);
  });
});

describe("a refusal after the old ledger was deleted (the swap's renames: names free by construction)", () => {
  it("at the new sheet's name: keeps the new ledger under its temporary name and says so", async () => {
    const host = workbook(oldLedger);
    host.failWhen((entry) => entry.action === "renameSheet");
    const error = await failure(write(host, ledger(2)));
    host.failWhen(undefined);
    expect(error).toMatchObject({ code: "ledgerNotWrittenLeftover", params: { sheet: "Underlag", leftover: "OIT tmp 1" } });
    expect(host.sheetNames()).toEqual(["Översikt", "OIT tmp 1", "Prognos"]);
    expect(host.snapshot().tables.find((t) => t.name === "Prognos")).toMatchObject({ sheet: "Prognos", rowCount: 1 });
  });

  it("at the table's name: keeps the new ledger, the only one left, and says where it is", async () => {
    const host = workbook(oldLedger);
    host.failWhen((entry) => entry.action === "renameTable" && entry.sheet !== "OIT tmp 1");
    const error = await failure(write(host, ledger(2)));
    host.failWhen(undefined);
    expect(error).toMatchObject({ code: "ledgerNotWrittenLeftover", params: { sheet: "Underlag", leftover: "Underlag" } });
    expect(host.sheet("Underlag").names.has(LEDGER_MARKER_NAME.toLowerCase())).toBe(true);
    expect(host.valuesAt(host.sheet("Underlag"), { row: 1, column: 0, rowCount: 2, columnCount: 1 })).toEqual([["Rad 1"], ["Rad 2"]]);
  });
});

describe("what the import never overwrites", () => {
  it("a table Underlag of the user's: refused before anything is written", async () => {
    const host = workbook({ tables: [{ ...oldLedger.tables![0], sheet: "Mitt underlag" }] });
    const before = host.snapshot();
    const error = await failure(write(host, ledger(2)));
    expect(error).toEqual(new OitError("ledgerTableIsUsers", { table: "Underlag", sheet: "Mitt underlag" }));
    expect(host.snapshot()).toEqual(before);
    expect(host.writes).toEqual([]);
  });

  it("a report sheet is not a ledger sheet: a table Underlag on it is the user's", async () => {
    const host = workbook({ sheets: [{ name: "Underlag", names: [REPORT_MARKER_NAME] }], tables: [oldLedger.tables![0]] });
    await expect(write(host, ledger(1))).rejects.toMatchObject({ code: "ledgerTableIsUsers" });
    expect(host.writes).toEqual([]);
  });

  it("a sheet of the user's named Underlag without the table: the ledger takes the next name", async () => {
    const host = workbook({ sheets: [{ name: "Underlag", values: [["mitt"]] }] });
    expect(await write(host, ledger(1))).toEqual({ sheetName: "Underlag (2)", replaced: false });
    expect(host.cellAt(host.sheet("Underlag"), 0, 0).value).toBe("mitt");
  });

  it("the add-in's ledger sheet when the economist put another table on it: not replaced, the table named", async () => {
    const host = workbook({ ...oldLedger, tables: [...oldLedger.tables!, { name: "Anteckningar", sheet: "Underlag", headers: ["Not"], rows: [["x"]], origin: { row: 1, column: 10 } }] });
    const before = host.snapshot();
    const error = await failure(write(host, ledger(1)));
    expect(error).toEqual(new OitError("ledgerSheetHoldsTables", { sheet: "Underlag", tables: ["Anteckningar"] }));
    expect(host.snapshot()).toEqual(before);
  });
});

describe("a write that fails halfway", () => {
  const failures: [string, (entry: WriteEntry) => boolean][] = [
    ["the values", (entry) => entry.action === "values"],
    ["making the table", (entry) => entry.action === "addTable"],
    ["the marker", (entry) => entry.action === "name"],
    ["deleting the old ledger", (entry) => entry.action === "deleteSheet" && entry.sheet === "Underlag"],
  ];

  it.each(failures)("at %s leaves the workbook as it was and says so", async (_, predicate) => {
    const host = workbook(oldLedger);
    const before = host.snapshot();
    host.failWhen(predicate);
    const error = await failure(write(host, ledger(3)));
    host.failWhen(undefined);
    expect(error).toMatchObject({ code: "ledgerNotWritten", params: { sheet: "Underlag" } });
    expect(host.snapshot()).toEqual(before);
  });
});
