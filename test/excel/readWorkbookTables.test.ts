import { OfficeMockObject } from "office-addin-mock";
import type { TableData } from "../../src/core/workbook/types";
import { READ_TABLES_SYNCS, readWorkbookTables } from "../../src/excel/readWorkbookTables";
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

async function read(host: FakeExcelHost): Promise<TableData[]> {
  return readWorkbookTables(asExcelContext(host.context()));
}

describe("readWorkbookTables", () => {
  it("gives every table with its sheet, headers, raw values and the position of its first body cell", async () => {
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

  it("gives an empty list for a workbook without tables", async () => {
    expect(
      await read(new FakeExcelHost({ sheets: [{ name: "Blad1", values: [["bara text"]] }] }))
    ).toEqual([]);
  });

  it.each([10, 10_000])(
    "uses the documented number of syncs for a ledger of %i rows",
    async (rowCount) => {
      const rows = Array.from({ length: rowCount }, (_, i) => [
        `Rad ${i}`,
        "Gemensam",
        i,
        2 * i,
        2 * i,
      ]);
      const host = new FakeExcelHost({ tables: [{ ...ledger, rows }, keys] });
      const [read1] = await read(host);
      expect(read1.rows).toEqual(rows);
      expect(host.syncs).toBe(READ_TABLES_SYNCS);
    }
  );

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
 * "items/…", so the tables collection is a plain object that passes the load on to its items,
 * and the context's sync reaches them.
 */
describe("readWorkbookTables against office-addin-mock", () => {
  function mockTable(table: typeof keys & { origin: { row: number; column: number } }) {
    return new OfficeMockObject(
      {
        name: table.name,
        worksheet: { name: table.sheet },
        header: { values: [table.headers] },
        body: { values: table.rows, rowIndex: table.origin.row, columnIndex: table.origin.column },
        getHeaderRowRange(this: { header: unknown }) {
          return this.header;
        },
        getDataBodyRange(this: { body: unknown }) {
          return this.body;
        },
      }
    );
  }

  it("reads headers, values, sheet and origin", async () => {
    const table = { ...keys, origin: { row: 7, column: 1 } };
    const mocked = mockTable(table);
    let syncs = 0;
    const context = {
      workbook: {
        tables: {
          items: [mocked],
          // What load("items/name") means in Office.js: each item loads its name.
          load: (properties: string) => {
            expect(properties).toBe("items/name");
            mocked.load("name");
            return context.workbook.tables;
          },
        },
      },
      sync: async () => {
        syncs++;
        await mocked.sync();
        // office-addin-mock settles nested properties in later microtasks.
        await new Promise((resolve) => setTimeout(resolve, 0));
      },
    };
    const tables = await readWorkbookTables(context as unknown as Excel.RequestContext);
    expect(tables).toEqual([
      {
        name: keys.name,
        sheet: keys.sheet,
        headers: keys.headers,
        rows: keys.rows,
        origin: table.origin,
      },
    ]);
    expect(syncs).toBe(READ_TABLES_SYNCS);
  });
});
