import { OfficeMockObject } from "office-addin-mock";
import type { TableData } from "../../src/core/workbook/types";
import { OitError } from "../../src/core/errors";
import { describe as describe_ } from "../../src/core/messages";
import { READ_WORKBOOK_SYNCS, readWorkbook, type RowsWanted } from "../../src/excel/readWorkbook";
import { FakeExcelHost, asExcelContext, errorValue } from "../fakes";

const ledger = {
  name: "Underlag",
  sheet: "Underlag",
  headers: ["Rad", "Fördelning", "Utfall jan-aug", "Årsbudget", "Årsprognos"],
  rows: [
    ["Personalkostnader", "Gemensam", 6900.4, 10500, 10300],
    ["Licenser", "Borgholm", null, 200, true],
    ["Drift", "Mörbylånga", errorValue("#N/A"), "1 234,50", 0],
  ],
  origin: { row: 4, column: 2 },
};

const keys = {
  name: "Fördelningsnycklar",
  sheet: "Inställningar",
  headers: ["År", "Part", "Användare", "Andel"],
  rows: [[2027, "Borgholm", 1700, 0.447]],
};

async function read(host: FakeExcelHost, wanted: RowsWanted = { names: ["Underlag", "Fördelningsnycklar"] }): Promise<TableData[]> {
  return (await readWorkbook(asExcelContext(host.context()), wanted)).tables;
}

/** A ledger of `count` rows; `label` makes each row as long as wanted. */
function ledgerRows(count: number, label: (i: number) => string = (i) => `Rad ${i}`): unknown[][] {
  return Array.from({ length: count }, (_, i) => [label(i), "Gemensam", i, 2 * i, 2 * i]);
}

describe("readWorkbook", () => {
  // issue 7, item 4 in Office.js: Excel hands a formula's last computed value, stale (or 0 for one never
  // calculated) while manual calculation has changes pending.
  it("refuses a workbook whose calculation is manual and pending, before reading any row", async () => {
    const host = new FakeExcelHost({ tables: [ledger, keys] });
    host.calculationMode = "Manual";
    host.calculationState = "Pending";
    const error = await read(host).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OitError);
    expect((error as OitError).code).toBe("workbookNotCalculated");
    expect(describe_(error as OitError, "sv")).toContain("Tryck F9");
    expect(host.syncs).toBe(1);
  });

  it.each([
    ["Automatic", "Pending"],
    ["Automatic", "Calculating"],
    ["Manual", "Calculating"],
    ["Manual", "Done"],
  ] as const)("reads under %s calculation while it is %s: Excel finishes it, a formula not yet computed is an error value", async (mode, state) => {
    const host = new FakeExcelHost({ tables: [ledger, keys] });
    host.calculationMode = mode;
    host.calculationState = state;
    expect((await read(host)).map((table) => table.name)).toEqual(["Underlag", "Fördelningsnycklar"]);
  });

  it("gives the wanted tables with their sheet, headers, raw values and the position of their first body cell", async () => {
    const tables = await read(new FakeExcelHost({ tables: [ledger, keys] }));
    expect(tables).toEqual([
      {
        name: "Underlag",
        sheet: "Underlag",
        headers: ledger.headers,
        // Blanks come as "", error values as their text, numbers, text and booleans as they are.
        rows: [
          ["Personalkostnader", "Gemensam", 6900.4, 10500, 10300],
          ["Licenser", "Borgholm", "", 200, true],
          ["Drift", "Mörbylånga", "#N/A", "1 234,50", 0],
        ],
        origin: { row: 4, column: 2 },
      },
      {
        name: "Fördelningsnycklar",
        sheet: "Inställningar",
        headers: keys.headers,
        rows: keys.rows,
        origin: { row: 1, column: 0 },
      },
    ]);
  });

  it("gives the other tables' headers without their rows, and the rows of a table recognised by its headers", async () => {
    const host = new FakeExcelHost({ tables: [ledger, keys] });
    const byName = await read(host, { names: ["fördelningsnycklar"] });
    expect(byName.map((t) => [t.name, t.headers, t.rows.length])).toEqual([
      ["Underlag", ledger.headers, 0],
      ["Fördelningsnycklar", keys.headers, 1],
    ]);
    const byHeaders = await read(host, { names: [], byHeaders: (t) => t.headers.includes("Fördelning") });
    expect(byHeaders.map((t) => t.rows.length)).toEqual([3, 0]);
  });

  it("gives an empty list for a workbook without tables", async () => {
    expect(
      await read(new FakeExcelHost({ sheets: [{ name: "Blad1", values: [["bara text"]] }] }))
    ).toEqual([]);
  });

  it.each([
    [10, 2],
    [50_000, READ_WORKBOOK_SYNCS],
  ])("reads a ledger of %i rows in %i syncs", async (rowCount, syncs) => {
    const rows = ledgerRows(rowCount);
    const host = new FakeExcelHost({ tables: [{ ...ledger, rows }, keys] });
    const [read1] = await read(host);
    expect(read1.rows).toEqual(rows);
    expect(host.syncs).toBe(syncs);
  });

  it("reads a table past Excel's 5 MB response in chunks that each stay under it", async () => {
    const rows = ledgerRows(30_000, (i) => `Rad ${i}: ${"licenser, drift och underhåll av verksamhetssystem ".repeat(3)}`);
    expect(JSON.stringify(rows).length).toBeGreaterThan(5 * 1024 * 1024);
    const host = new FakeExcelHost({ tables: [{ ...ledger, rows }, keys] });
    const [read1] = await read(host);
    expect(read1.rows).toEqual(rows);
    expect(host.syncs).toBeGreaterThan(READ_WORKBOOK_SYNCS);
  });

  it("asks for fewer rows when Excel refuses a response, the rows being longer than the first ones", async () => {
    const rows = ledgerRows(3_000, (i) => (i < 100 ? `Rad ${i}` : `Rad ${i} ${"lång text ".repeat(20)}`));
    const host = new FakeExcelHost({ tables: [{ ...ledger, rows }, keys] });
    host.responseLimit = 100_000;
    const [read1] = await read(host);
    expect(read1.rows).toEqual(rows);
  });

  it("names the table and the row when Excel refuses even one row", async () => {
    const rows = ledgerRows(200, (i) => (i === 150 ? "x".repeat(20_000) : `Rad ${i}`));
    const host = new FakeExcelHost({ tables: [{ ...ledger, rows }, keys] });
    host.responseLimit = 10_000;
    const error = await read(host).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OitError);
    expect(error).toMatchObject({ code: "tableTooLargeForExcel", params: { table: "Underlag", row: 151 } });
    expect(describe_(error as OitError, "sv")).toContain("Underlag");
  });

  it("writes nothing", async () => {
    const host = new FakeExcelHost({ tables: [ledger, keys] });
    const before = host.snapshot();
    await read(host);
    expect(host.writes).toEqual([]);
    expect(host.snapshot()).toEqual(before);
  });
});

/**
 * The same read against office-addin-mock, Microsoft's mock of the Office.js object model: its
 * properties stay unreadable until load() and sync(), so this fails if the adapter reads a
 * property it did not load. Its collections are arrays, which it cannot load through
 * "items/…", so the collections are plain objects that pass the load on to their items, and
 * the context's sync reaches them.
 */
describe("readWorkbook against office-addin-mock", () => {
  function mockTable(table: typeof keys & { origin: { row: number; column: number } }) {
    const size = { rowIndex: table.origin.row, columnIndex: table.origin.column, rowCount: table.rows.length, columnCount: table.headers.length };
    return new OfficeMockObject({
      name: table.name,
      worksheet: { name: table.sheet },
      header: { values: [table.headers] },
      body: {
        ...size,
        // The first rows, as getRow(0).getResizedRange(…).getIntersection(body) gives them.
        first: { resized: { sample: { values: table.rows }, getIntersection(this: { sample: unknown }) { return this.sample; } }, getResizedRange(this: { resized: unknown }) { return this.resized; } },
        getRow(this: { first: unknown }) {
          return this.first;
        },
      },
      getHeaderRowRange(this: { header: unknown }) {
        return this.header;
      },
      getDataBodyRange(this: { body: unknown }) {
        return this.body;
      },
    });
  }

  function mockSheet(name: string) {
    return new OfficeMockObject({
      name,
      position: 0,
      names: { marker: { isNullObject: true, name: "" }, getItemOrNullObject(this: { marker: unknown }) { return this.marker; } },
    });
  }

  /** A collection as Office.js loads it with "items/a, items/b": every item loads those properties. */
  function collection(items: OfficeMockObject[], expected: string) {
    const loaded = {
      items,
      load: (properties: string) => {
        expect(properties).toBe(expected);
        items.forEach((item) => item.load(properties.split(",").map((p) => p.trim().replace("items/", ""))));
        return loaded;
      },
    };
    return loaded;
  }

  it("reads headers, values, sheet and origin, and the sheets' markers", async () => {
    const table = { ...keys, origin: { row: 7, column: 1 } };
    const mocked = mockTable(table);
    const sheet = mockSheet(keys.sheet);
    const application = new OfficeMockObject({ calculationMode: "Automatic", calculationState: "Done" });
    let syncs = 0;
    const context = {
      workbook: {
        application,
        tables: collection([mocked], "items/name"),
        worksheets: collection([sheet], "items/name, items/position"),
      },
      sync: async () => {
        syncs++;
        await application.sync();
        await mocked.sync();
        await sheet.sync();
        // office-addin-mock settles nested properties in later microtasks.
        await new Promise((resolve) => setTimeout(resolve, 0));
      },
    };
    const read = await readWorkbook(context as unknown as Excel.RequestContext, { names: [keys.name] });
    expect(read.tables).toEqual([
      {
        name: keys.name,
        sheet: keys.sheet,
        headers: keys.headers,
        rows: keys.rows,
        origin: table.origin,
      },
    ]);
    expect(read.sheets.map(({ name, marked }) => ({ name, marked }))).toEqual([{ name: keys.sheet, marked: false }]);
    expect(syncs).toBe(2);
  });
});
