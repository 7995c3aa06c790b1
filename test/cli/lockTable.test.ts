import { execFileSync } from "child_process";
import { existsSync, readdirSync } from "fs";
import * as path from "path";
import type ExcelJS from "exceljs";
import { HISTORY_TABLE, historyWarnings, readForecastHistory, readSeals, SEALS_TABLE } from "../../src/core/plan";
import type { TableData } from "../../src/core/workbook/types";
import { readTables } from "../../src/cli/readTables";
import { lockForecast as paneLock } from "../../src/excel/plan";
import { readWorkbook } from "../../src/excel/readWorkbook";
import { installFakeOffice } from "../fakes";
import { exampleVariant, loadWorkbook, officeTables, runCli, tempDir } from "./helpers";

/**
 * `oit-budget lock` and the pane's Lås prognos keep one history: the Excel table Prognoshistorik (workbook.md
 * "Locked forecasts"), wherever it stands, appended to and never rewritten, with Prognoslås beside it.
 */
jest.setTimeout(120_000);

const PARTIES = ["Borgholm", "Mörbylånga"];
let dir: string;
beforeAll(() => {
  dir = tempDir();
});

interface LoadedTable {
  name: string;
  tableRef: string;
}

/** The Excel tables of a file (not plain-sheet regions), by name, with their sheet and range. */
function excelTables(workbook: ExcelJS.Workbook): Map<string, { sheet: string; ref: string }> {
  const found = new Map<string, { sheet: string; ref: string }>();
  workbook.eachSheet((sheet) => {
    for (const entry of sheet.getTables() as unknown as { table: LoadedTable }[]) found.set(entry.table.name, { sheet: sheet.name, ref: entry.table.tableRef });
  });
  return found;
}

/** What Kontroll says about the history of a file's tables, and its versions' labels in order. */
function historyOf(tables: readonly TableData[]) {
  const versions = readForecastHistory(tables.find((t) => t.name === HISTORY_TABLE), PARTIES);
  return { labels: versions.map((v) => v.label), versions, warnings: historyWarnings(versions, readSeals(tables.find((t) => t.name === SEALS_TABLE))) };
}

/** The generator's example (no locked version yet) as the pane would lock it: its tables in the fake Office host. */
async function lockedByThePane(label: string): Promise<TableData[]> {
  const file = await exampleVariant(dir, "for-pane.xlsx");
  installFakeOffice(globalThis, { tables: await officeTables(file) });
  await paneLock(label);
  return Excel.run(async (context) => (await readWorkbook(context, { names: [HISTORY_TABLE, SEALS_TABLE] })).tables);
}

/** The pane's two tables put into a copy of the example on the user's own sheet, where the pane's reader found them. */
function addPaneTables(workbook: ExcelJS.Workbook, tables: readonly TableData[], sheetName: string): void {
  const sheet = workbook.addWorksheet(sheetName);
  for (const name of [HISTORY_TABLE, SEALS_TABLE]) {
    const table = tables.find((t) => t.name === name)!;
    const origin = table.origin!;
    sheet.addTable({ name, ref: `${String.fromCharCode(65 + origin.column)}${origin.row}`, columns: table.headers.map((header) => ({ name: header })), rows: table.rows.map((row) => [...row]) });
  }
  sheet.getCell("L1").value = "Mina anteckningar";
  sheet.getCell("L2").value = { formula: "1+1", result: 2 } as ExcelJS.CellFormulaValue;
}

describe("oit-budget lock appends to the table Prognoshistorik", () => {
  it("appends under a table written as the pane writes it, on a sheet of the user's: the rows there unchanged, the table and the seals grown, nothing else lost", async () => {
    const pane = await lockedByThePane("T1 2027");
    const paneHistory = pane.find((t) => t.name === HISTORY_TABLE)!;
    const file = await exampleVariant(dir, "pane-history.xlsx", (workbook) => addPaneTables(workbook, pane, "Mina prognoser"));
    const out = path.join(dir, "pane-history.locked.xlsx");
    const run = await runCli(["lock", file, "--label", "T2 2027", "--month", "8", "--out", out]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Mina prognoser");

    const written = await loadWorkbook(out);
    const lines = paneHistory.rows.length;
    // Both tables grew by the new version's rows, in place: no new sheet, no table elsewhere.
    expect(excelTables(written).get(HISTORY_TABLE)).toEqual({ sheet: "Mina prognoser", ref: `A1:G${1 + 2 * lines}` });
    expect(excelTables(written).get(SEALS_TABLE)).toEqual({ sheet: "Mina prognoser", ref: "I1:J3" });
    expect(written.getWorksheet("Prognoshistorik")).toBeUndefined();
    const sheet = written.getWorksheet("Mina prognoser")!;
    expect(sheet.getCell("L1").value).toBe("Mina anteckningar");
    expect(sheet.getCell("L2").value).toEqual({ formula: "1+1", result: 2 });

    const tables = readTables(written);
    const history = tables.find((t) => t.name === HISTORY_TABLE)!;
    expect(history.rows.slice(0, lines)).toEqual(paneHistory.rows);
    const { labels, versions, warnings } = historyOf(tables);
    expect(labels).toEqual(["T1 2027", "T2 2027"]);
    expect(warnings).toEqual([]);
    expect(versions[1].throughMonth).toBe(8);
    expect(sheet.getCell(`B${lines + 2}`).numFmt).toBe("yyyy-mm-dd");
    // Every other table of the user's is as it was.
    const before = readTables(await loadWorkbook(file)).filter((t) => t.name !== HISTORY_TABLE && t.name !== SEALS_TABLE);
    for (const table of before) expect(tables.find((t) => t.name === table.name)).toEqual(table);
  });

  it("follows a user's table of the contract whose columns stand in another order", async () => {
    const headers = ["Rad", "Fördelning", "Version", "Låst", "Period t.o.m. månad", "Utfall", "Årsprognos"];
    const file = await exampleVariant(dir, "own-order.xlsx", (workbook) => {
      workbook.addWorksheet("Historik").addTable({ name: "Prognoshistorik", ref: "B3", columns: headers.map((name) => ({ name })), rows: [["Licenser", "Gemensam", "Budgetdialog", new Date(Date.UTC(2027, 1, 1)), 1, 0, 4000000]] });
    });
    const out = path.join(dir, "own-order.locked.xlsx");
    const run = await runCli(["lock", file, "--label", "T2 2027", "--out", out]);
    expect(run.code).toBe(0);
    const written = await loadWorkbook(out);
    const history = readTables(written).find((t) => t.name === HISTORY_TABLE)!;
    expect(history.sheet).toBe("Historik");
    expect(history.headers).toEqual(headers);
    const licenser = history.rows.find((row) => row[2] === "T2 2027" && row[0] === "Licenser")!;
    // The outcome of Licenser summed here from the input's own Underlag rows; its forecast is the example's Prognos.
    const ledger = readTables(await loadWorkbook(file)).find((t) => t.name === "Underlag")!;
    const [rad, fördelning, utfall] = ["Rad", "Fördelning", "Utfall jan–aug"].map((name) => ledger.headers.indexOf(name));
    const outcome = ledger.rows.filter((row) => row[rad] === "Licenser" && row[fördelning] === "Gemensam").reduce((sum: number, row) => sum + Number(row[utfall]), 0);
    expect(licenser.slice(4, 5)).toEqual([8]);
    expect(licenser[5]).toBeCloseTo(outcome, 6);
    expect(licenser[6]).toBe(4270000);
    // Prognoslås, missing, is made beside the history (one blank column between), at its header row.
    expect(excelTables(written).get(SEALS_TABLE)).toEqual({ sheet: "Historik", ref: "J3:K4" });
    expect(historyOf(readTables(written)).warnings.map((w) => [w.code, w.params.version])).toEqual([["historyUnsealed", "Budgetdialog"]]);
  });

  it("refuses to write over a cell under the table (exit 2, naming it) and writes no file", async () => {
    const pane = await lockedByThePane("T1 2027");
    const lines = pane.find((t) => t.name === HISTORY_TABLE)!.rows.length;
    const file = await exampleVariant(dir, "blocked.xlsx", (workbook) => {
      addPaneTables(workbook, pane, "Mina prognoser");
      workbook.getWorksheet("Mina prognoser")!.getCell(`D${lines + 5}`).value = "min summa";
    });
    const out = path.join(dir, "blocked.locked.xlsx");
    const run = await runCli(["lock", file, "--label", "T2 2027", "--out", out, "--lang", "en"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`the cell D${lines + 5} is not empty`);
    expect(run.stderr).toContain("Mina prognoser");
    expect(existsSync(out)).toBe(false);
  });

  it("creates both as Excel tables when missing, which the pane then reads and appends to", async () => {
    const file = await exampleVariant(dir, "no-history.xlsx");
    const out = path.join(dir, "no-history.locked.xlsx");
    const run = await runCli(["lock", file, "--label", "T1 2027", "--month", "4", "--out", out]);
    expect(run.code).toBe(0);
    const written = await loadWorkbook(out);
    const lines = readTables(written).find((t) => t.name === HISTORY_TABLE)!.rows.length;
    expect(excelTables(written).get(HISTORY_TABLE)).toEqual({ sheet: "Prognoshistorik", ref: `A1:G${lines + 1}` });
    expect(excelTables(written).get(SEALS_TABLE)).toEqual({ sheet: "Prognoshistorik", ref: "I1:J2" });

    // The pane's reader sees the command line's tables: it appends T2 and Kontroll finds both versions sealed.
    const host = installFakeOffice(globalThis, { tables: await officeTables(out) });
    await paneLock("T2 2027");
    const tables = await Excel.run(async (context) => (await readWorkbook(context, { names: [HISTORY_TABLE, SEALS_TABLE] })).tables);
    const { labels, warnings } = historyOf(tables);
    expect(labels).toEqual(["T1 2027", "T2 2027"]);
    expect(warnings).toEqual([]);
    expect(host.snapshot().tables.find((t) => t.name === HISTORY_TABLE)).toMatchObject({ sheet: "Prognoshistorik", rowCount: 2 * lines });
  });

  it("turns the history of a plain sheet (an earlier lock's) into the table and appends to it", async () => {
    // The example as an earlier command line wrote it: Prognoshistorik and Prognoslås as header rows of a plain sheet.
    const file = await exampleVariant(dir, "plain.xlsx", (workbook) => {
      const sheet = workbook.addWorksheet("Prognoshistorik");
      sheet.addRow(["Version", "Låst", "Period t.o.m. månad", "Rad", "Fördelning", "Årsprognos", "Utfall", null, "Version", "Kontrollsumma"]);
      sheet.addRow(["T0 2027", 46400, 2, "Licenser", "Gemensam", 4000000, 600000]);
    });
    const out = path.join(dir, "plain.locked.xlsx");
    expect((await runCli(["lock", file, "--label", "T1 2027", "--out", out])).code).toBe(0);
    const written = await loadWorkbook(out);
    const lines = readTables(written).find((t) => t.name === HISTORY_TABLE)!.rows.length - 1;
    expect(excelTables(written).get(HISTORY_TABLE)).toEqual({ sheet: "Prognoshistorik", ref: `A1:G${lines + 2}` });
    expect(excelTables(written).get(SEALS_TABLE)).toEqual({ sheet: "Prognoshistorik", ref: "I1:J2" });
    expect(historyOf(readTables(written)).labels).toEqual(["T0 2027", "T1 2027"]);
  });

  it("writes a file LibreOffice opens, the appended rows in the table", async () => {
    const pane = await lockedByThePane("T1 2027");
    const file = await exampleVariant(dir, "lo.xlsx", (workbook) => addPaneTables(workbook, pane, "Mina prognoser"));
    const out = path.join(dir, "lo.locked.xlsx");
    expect((await runCli(["lock", file, "--label", "T2 2027", "--out", out])).code).toBe(0);
    const converted = path.join(dir, "lo-out");
    const profile = `file://${path.join(dir, `lo-profile-${Math.random().toString(36).slice(2)}`)}`;
    execFileSync("soffice", ["--headless", "--norestore", `-env:UserInstallation=${profile}`, "--convert-to", "xlsx", "--outdir", converted, out], { stdio: "pipe", timeout: 60_000 });
    const [saved] = readdirSync(converted);
    const tables = readTables(await loadWorkbook(path.join(converted, saved)));
    expect(historyOf(tables).labels).toEqual(["T1 2027", "T2 2027"]);
    expect(historyOf(tables).warnings).toEqual([]);
  });
});
