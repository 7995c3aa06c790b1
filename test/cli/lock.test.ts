import * as path from "path";
import { EXAMPLE_WORKBOOK } from "../../src/cli/main";
import { loadWorkbook, runCli, sha256, tempDir } from "./helpers";

/** `oit-budget lock` and `oit-budget report --compare` on real .xlsx files (workbook.md "Locked forecasts"). */
jest.setTimeout(60_000);

let dir: string;
beforeAll(() => {
  dir = tempDir();
});

async function reportJson(file: string, ...flags: string[]) {
  const run = await runCli(["report", file, "--json", ...flags]);
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout);
}

const changeOf = (report: { tables: { id: string; title: string; rows: { label: string; values: number[] }[] }[] }) => report.tables.find((t) => t.id === "forecastChange")!;

describe("oit-budget lock", () => {
  it("appends a version to the example's history in a copy, never changing the input; the report then compares with it", async () => {
    const before = sha256(EXAMPLE_WORKBOOK);
    const out = path.join(dir, "locked.xlsx");
    const run = await runCli(["lock", EXAMPLE_WORKBOOK, "--label", "T2 2027", "--out", out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("T2 2027");
    expect(sha256(EXAMPLE_WORKBOOK)).toBe(before);
    const sheet = (await loadWorkbook(out)).getWorksheet("Prognoshistorik")!;
    // The example's history is the Excel table the pane reads, and the lock appended to it in place.
    const tables = (sheet.getTables() as unknown as { table: { name: string; tableRef: string } }[]).map(({ table }) => [table.name, table.tableRef]);
    expect(tables).toEqual([["Prognoshistorik", `A1:G${sheet.rowCount}`], ["Prognoslås", "I1:J3"]]);
    const versions = new Set<string>();
    sheet.eachRow((row, n) => n > 1 && typeof row.getCell(1).value === "string" && versions.add(row.getCell(1).value as string));
    expect([...versions]).toEqual(["T1 2027", "T2 2027"]);
    expect(sheet.getCell("B2").numFmt).toBe("yyyy-mm-dd");
    expect(sheet.getCell("B2").value).toEqual(new Date(Date.UTC(2027, 4, 12)));
    const latest = changeOf(await reportJson(out));
    expect(latest.title).toBe("Förändring av årsprognosen sedan T2 2027");
    for (const row of latest.rows) expect(row.values[2]).toBe(0);
    const sinceT1 = changeOf(await reportJson(out, "--compare", "T1 2027"));
    expect(sinceT1.rows.find((r) => r.label === "Licenser")!.values).toEqual([4150, 4270, 120]);
    expect(sinceT1.rows.find((r) => r.label === "Total")!.values[2]).toBe(385);
  });

  it("refuses a label in use (exit 2) and writes nothing", async () => {
    const out = path.join(dir, "again.xlsx");
    const run = await runCli(["lock", EXAMPLE_WORKBOOK, "--label", "t1 2027", "--out", out, "--lang", "en"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("“t1 2027” already exists in the table Prognoshistorik");
    await expect(loadWorkbook(out)).rejects.toThrow();
  });

  it("needs --label and --out, and an unknown --compare names the versions there are", async () => {
    expect((await runCli(["lock", EXAMPLE_WORKBOOK, "--out", path.join(dir, "x.xlsx")])).code).toBe(2);
    expect((await runCli(["lock", EXAMPLE_WORKBOOK, "--label", "T2"])).stderr).toContain("--out");
    const run = await runCli(["report", EXAMPLE_WORKBOOK, "--json", "--compare", "T9 2027"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("T1 2027");
  });
});
