import ExcelJS from "exceljs";
import fc from "fast-check";
import { parseRange } from "../../src/xlsx/a1";
import { EXAMPLE_WORKBOOK } from "../../src/cli/main";
import { exampleFile } from "../../src/cli/example";
import { readTables } from "../../src/cli/readTables";

/** Through a real file, as the CLI reads: ExcelJS keeps less of a loaded table than of a new one. */
async function roundTrip(build: (workbook: ExcelJS.Workbook) => void) {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  const loaded = new ExcelJS.Workbook();
  await loaded.xlsx.load(await workbook.xlsx.writeBuffer());
  return readTables(loaded);
}

test("an Excel table: headers, raw values, origin, totals row left out", async () => {
  const [table] = await roundTrip((workbook) => {
    const sheet = workbook.addWorksheet("Data");
    sheet.addTable({
      name: "Underlag",
      ref: "C4",
      totalsRow: true,
      columns: [{ name: "Rad", totalsRowLabel: "Summa" }, { name: "Utfall", totalsRowFunction: "sum" }],
      rows: [
        ["Licenser", { formula: "100+20", result: 120 }],
        [{ richText: [{ text: "Tele" }, { text: "foni" }] }, { error: "#N/A" }],
        ["Bilar", null],
      ],
    });
  });
  expect(table).toEqual({
    name: "Underlag",
    sheet: "Data",
    headers: ["Rad", "Utfall"],
    rows: [
      ["Licenser", 120],
      ["Telefoni", "#N/A"],
      ["Bilar", null],
    ],
    origin: { row: 4, column: 2 },
  });
});

test("plain sheets: side-by-side header rows named after the contract table, down to the last row with a value in their columns", async () => {
  const tables = await roundTrip((workbook) => {
    const sheet = workbook.addWorksheet("Inställningar");
    sheet.addRows([
      ["Inställning", "Värde", null, "År", "Part", "Andel"],
      ["År", 2027, null, 2027, "Borgholm", 0.447],
      ["Värdkommun", "Borgholm", null, 2027, "Mörbylånga", 0.553],
      [null, null, null, null, null, null],
      ["anteckning", "efter tomraden"],
    ]);
    workbook.addWorksheet("Anteckningar").addRow(["Något", "annat"]);
  });
  expect(tables.map((t) => [t.name, t.sheet, t.headers, t.rows.length, t.origin])).toEqual([
    ["Inställningar", "Inställningar", ["Inställning", "Värde"], 4, { row: 1, column: 0 }],
    ["Fördelningsnycklar", "Inställningar", ["År", "Part", "Andel"], 2, { row: 1, column: 3 }],
  ]);
  expect(tables[0].rows.slice(2)).toEqual([
    [null, null],
    ["anteckning", "efter tomraden"],
  ]);
});

test("an Excel table is preferred to a plain sheet with the same headers", async () => {
  const tables = await roundTrip((workbook) => {
    workbook.addWorksheet("Gammalt").addRows([["Rad", "Fördelning"], ["Gammal", "Gemensam"]]);
    workbook.addWorksheet("Nytt").addTable({ name: "Underlag", ref: "A1", columns: [{ name: "Rad" }, { name: "Fördelning" }], rows: [["Ny", "Gemensam"]] });
  });
  expect(tables).toHaveLength(1);
  expect(tables[0]).toMatchObject({ sheet: "Nytt", rows: [["Ny", "Gemensam"]] });
});

test("the committed example workbook holds what its generator writes", async () => {
  const committed = new ExcelJS.Workbook();
  await committed.xlsx.readFile(EXAMPLE_WORKBOOK);
  const generated = new ExcelJS.Workbook();
  await generated.xlsx.load((await exampleFile()) as unknown as ArrayBuffer);
  expect(readTables(committed)).toEqual(readTables(generated));
  expect(readTables(committed).map((table) => table.name).sort()).toEqual(
    ["Avveckling", "Avvikelseorsaker", "Budgetplan", "Fakturerat", "Fördelningsnycklar", "Inställningar", "Mappning", "Periodiseringsprofiler", "Prioriteringar", "Prognos", "Prognoshistorik", "Prognoslås", "Underlag"].sort()
  );
});

test("A1 ranges parse to 0-based rectangles", () => {
  expect(parseRange("$B$2:AA10")).toEqual({ top: 1, left: 1, bottom: 9, right: 26 });
  expect(parseRange("C4")).toEqual({ top: 3, left: 2, bottom: 3, right: 2 });
  expect(parseRange("Blad!A1")).toBeNull();
  const sheet = new ExcelJS.Workbook().addWorksheet("x");
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 16383 }), fc.integer({ min: 0, max: 1048575 }), (column, row) => {
      const address = sheet.getCell(row + 1, column + 1).address;
      expect(parseRange(address)).toEqual({ top: row, left: column, bottom: row, right: column });
    }),
    { numRuns: 200 }
  );
});
