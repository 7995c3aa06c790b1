import { FakeExcelHost, FakeOfficeError, installFakeOffice } from "../fakes";

/** The fake must behave like Office.js where the adapter and the pane depend on it. */
describe("the fake Excel host", () => {
  it("refuses to give a property before load() and sync(), as Office.js does", async () => {
    const context = new FakeExcelHost({
      sheets: [{ name: "Blad1", values: [[1, "a"]] }],
    }).context();
    const range = context.workbook.worksheets.getItem("Blad1").getRange("A1:B1").load("values");
    expect(() => range.values).toThrow(FakeOfficeError);
    await context.sync();
    expect(range.values).toEqual([[1, "a"]]);
  });

  it("applies queued writes only at sync, and drops the rest of a batch after a failure", async () => {
    const host = new FakeExcelHost({ sheets: [{ name: "Blad1" }] });
    const context = host.context();
    const sheet = context.workbook.worksheets.getItem("Blad1");
    sheet.getRange("A1").values = [[1]];
    sheet.getRange("A2:B2").values = [[2]]; // wrong shape: Excel rejects it
    sheet.getRange("A3").values = [[3]];
    expect(host.cellAt(host.sheet("Blad1"), 0, 0).value).toBe("");
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(
      host.valuesAt(host.sheet("Blad1"), { row: 0, column: 0, rowCount: 3, columnCount: 1 })
    ).toEqual([[1], [""], [""]]);
    expect(host.syncs).toBe(1);
  });

  it("merges row by row when asked across, and refuses a merge that would discard a value", async () => {
    const host = new FakeExcelHost({ sheets: [{ name: "Blad1", values: [["a"], ["b", "c"]] }] });
    const context = host.context();
    const sheet = context.workbook.worksheets.getItem("Blad1");
    sheet.getRange("A1:C1").merge(true);
    await context.sync();
    expect(host.snapshot().sheets[0].merges).toEqual(["A1:C1"]);
    sheet.getRange("A2:C2").merge(true);
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
    expect(host.snapshot().sheets[0].merges).toEqual(["A1:C1"]);
  });

  it("takes a written text starting with =, +, - or @ for a formula unless the cell is formatted as text, as Excel does", async () => {
    const host = new FakeExcelHost({ sheets: [{ name: "Blad1" }] });
    const context = host.context();
    const sheet = context.workbook.worksheets.getItem("Blad1");
    sheet.getRange("A1:D1").values = [["=x", "- Licenser", "@a", "Licenser"]];
    sheet.getRange("A2:B2").numberFormat = [["@", "@"]];
    sheet.getRange("A2:B2").values = [["=x", "- Licenser"]];
    await context.sync();
    const cells = host.snapshot().sheets[0].cells;
    expect([cells.A1, cells.B1, cells.C1].map((c) => [c.value, c.formula])).toEqual([
      ["#NAME?", "=x"],
      ["#NAME?", "- Licenser"],
      ["#NAME?", "@a"],
    ]);
    expect([cells.D1, cells.A2, cells.B2].map((c) => [c.value, c.error])).toEqual([
      ["Licenser", false],
      ["=x", false],
      ["- Licenser", false],
    ]);
  });

  it("refuses a sync whose response is over 5 MB, and gives none of its loads", async () => {
    const long = "x".repeat(1000);
    const host = new FakeExcelHost({ sheets: [{ name: "Blad1", values: Array.from({ length: 6_000 }, () => [long]) }] });
    const context = host.context();
    const range = context.workbook.worksheets.getItem("Blad1").getRange("A1:A6000").load("values");
    await expect(context.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    expect(() => range.values).toThrow(FakeOfficeError);
    const half = context.workbook.worksheets.getItem("Blad1").getRange("A1:A3000").load("values");
    await context.sync();
    expect(half.values).toHaveLength(3000);
  });

  it("keeps sheet names unique without regard to case", async () => {
    const host = new FakeExcelHost({ sheets: [{ name: "Rapport" }] });
    const context = host.context();
    context.workbook.worksheets.add("RAPPORT");
    await expect(context.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    expect(host.sheetNames()).toEqual(["Rapport"]);
  });

  it("installs Office and Excel globals whose Excel.run counts syncs and logs writes", async () => {
    const target: Record<string, unknown> = {};
    const host = installFakeOffice(
      target,
      { sheets: [{ name: "Blad1" }] },
      { displayLanguage: "en-US" }
    );
    const office = target.Office as {
      context: { displayLanguage: string };
      onReady: () => Promise<{ host: string }>;
    };
    const excel = target.Excel as {
      run: (
        batch: (context: ReturnType<FakeExcelHost["context"]>) => Promise<string>
      ) => Promise<string>;
    };
    expect(office.context.displayLanguage).toBe("en-US");
    await expect(office.onReady()).resolves.toMatchObject({ host: "Excel" });
    const result = await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Blad1").getRange("B2").values = [["hej"]];
      return "klart";
    });
    expect(result).toBe("klart");
    expect(host.syncs).toBe(1);
    expect(host.writes).toEqual([
      { action: "values", sheet: "Blad1", sheetId: host.sheet("Blad1").id, address: "B2" },
    ]);
  });
});
