import { execFileSync } from "child_process";
import { readFileSync, readdirSync, writeFileSync } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { LEDGER_MARKER_NAME } from "../../src/core/report/marker";
import { EXAMPLE_EXPORTS } from "../../src/cli/main";
import { readTables } from "../../src/cli/readTables";
import { reportSheetsOf } from "../../src/cli/writeReport";
import { writeImportedLedger } from "../../src/excel/imports";
import { openPackage } from "../../src/xlsx/package";
import { installFakeOffice, type FakeExcelHost } from "../fakes";
import { exampleVariant, runCli, tempDir } from "./helpers";

/**
 * The ledger Underlag is the add-in's whichever host wrote it: the command line's is the same table on the
 * same marked sheet as the pane's, so each replaces the other's, and both refuse a table Underlag of the user's.
 */
jest.setTimeout(60_000);

async function loaded(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** The workbook file open in (fake) Excel: its sheets with the add-in's ledger marker where the file has it, its Excel tables. */
async function openInExcel(file: string): Promise<FakeExcelHost> {
  const workbook = await loaded(file);
  const marked = new Set(reportSheetsOf(openPackage(new Uint8Array(readFileSync(file))), LEDGER_MARKER_NAME).filter((sheet) => sheet.marked).map((sheet) => sheet.name));
  // Excel holds a date as its serial number; ExcelJS gives a Date.
  const cell = (value: unknown) => (value instanceof Date ? value.getTime() / 86_400_000 + 25_569 : value);
  const tables = readTables(workbook)
    .filter((table) => workbook.getWorksheet(table.sheet)?.getTable(table.name) !== undefined)
    .map((table) => ({ ...table, rows: table.rows.map((row) => row.map(cell)) }));
  const sheets = workbook.worksheets.map((sheet) => ({ name: sheet.name, names: marked.has(sheet.name) ? [LEDGER_MARKER_NAME] : [] }));
  return installFakeOffice(globalThis, { sheets, tables });
}

async function workbookWithoutLedger(dir: string): Promise<string> {
  return exampleVariant(dir, "utan-underlag.xlsx", (book) => book.removeWorksheet(book.getWorksheet("Underlag")?.id ?? -1));
}

async function cliImport(exportFile: string, workbook: string, out: string): Promise<void> {
  const run = await runCli(["import", exportFile, "--workbook", workbook, "--out", out]);
  expect([run.code, run.stderr]).toEqual([0, ""]);
}

/** The sheet `name` of the file as LibreOffice reads it, saved as CSV (every sheet to its own file). */
function libreOfficeSheet(file: string, name: string): string[][] {
  const dir = tempDir();
  execFileSync(
    "soffice",
    ["--headless", "--norestore", `-env:UserInstallation=file://${path.join(dir, "lo")}`, "--convert-to", "csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,false,false,false,-1", "--outdir", dir, file],
    { stdio: "pipe", timeout: 50_000 }
  );
  const written = readdirSync(dir).find((entry) => entry.endsWith(`-${name}.csv`));
  if (!written) throw new Error(`LibreOffice wrote no sheet ${name}: ${readdirSync(dir).join(", ")}`);
  return readFileSync(path.join(dir, written), "utf8").trimEnd().split("\n").map((line) => line.split(";"));
}

describe("the ledger Underlag between the command line and the pane", () => {
  it("the command line writes it as the table Underlag on the marked sheet, which the pane's next import replaces", async () => {
    const dir = tempDir();
    const copy = path.join(dir, "kopia.xlsx");
    await cliImport(EXAMPLE_EXPORTS.sie, await workbookWithoutLedger(dir), copy);
    const workbook = await loaded(copy);
    expect(readTables(workbook).filter((candidate) => candidate.name === "Underlag").map((candidate) => candidate.sheet)).toEqual(["Underlag"]);
    const host = await openInExcel(copy);
    const ledger = host.findTable("Underlag");
    expect(ledger?.sheet.name).toBe("Underlag");
    expect(ledger?.sheet.names.has(LEDGER_MARKER_NAME.toLowerCase())).toBe(true);
    const written = await writeImportedLedger({ kind: "file", fileName: "huvudbok-2027.csv", bytes: new Uint8Array(readFileSync(EXAMPLE_EXPORTS.csv)) });
    expect(written).toMatchObject({ sheetName: "Underlag", replaced: true });
    expect(host.tables.filter((candidate) => candidate.name.toLowerCase() === "underlag")).toHaveLength(1);
    expect(host.sheetNames().filter((name) => name.startsWith("Underlag"))).toEqual(["Underlag"]);
  });

  it("the command line replaces the add-in's Underlag wherever the economist moved it, and LibreOffice reads what it wrote", async () => {
    const dir = tempDir();
    const first = path.join(dir, "kopia.xlsx");
    await cliImport(EXAMPLE_EXPORTS.sie, await workbookWithoutLedger(dir), first);
    // The economist renames the add-in's sheet in Excel: the marker follows it, as Excel keeps a name's reference.
    const pkg = openPackage(new Uint8Array(readFileSync(first)));
    pkg.setText("xl/workbook.xml", (pkg.text("xl/workbook.xml") ?? "").replace('name="Underlag"', 'name="Importerat"').replace("Underlag!$A$1", "Importerat!$A$1"));
    const renamed = path.join(dir, "omdopt.xlsx");
    writeFileSync(renamed, pkg.bytes());
    const again = path.join(dir, "igen.xlsx");
    await cliImport(EXAMPLE_EXPORTS.csv, renamed, again);
    const workbook = await loaded(again);
    expect(workbook.worksheets.map((sheet) => sheet.name).filter((name) => /underlag|importerat/i.test(name))).toEqual(["Importerat"]);
    expect(readTables(workbook).filter((candidate) => candidate.name === "Underlag").map((candidate) => candidate.sheet)).toEqual(["Importerat"]);
    const headers = readTables(workbook).find((candidate) => candidate.name === "Underlag")?.headers;
    expect(headers).toContain("Verksamhet");
    // Every table of the workbook keeps an id of its own (Excel repairs a file whose tables share one).
    const written = openPackage(new Uint8Array(readFileSync(again)));
    const ids = written.names.filter((name) => /^xl\/tables\/[^/]+\.xml$/.test(name)).map((name) => /<table\b[^>]*\sid="(\d+)"/.exec(written.text(name) ?? "")?.[1]);
    expect(ids.length).toBe(readTables(workbook).filter((candidate) => workbook.getWorksheet(candidate.sheet)?.getTable(candidate.name)).length);
    expect(new Set(ids).size).toBe(ids.length);
    const sheet = libreOfficeSheet(again, "Importerat");
    expect(sheet[0]).toEqual(headers);
    expect(sheet.length).toBe((readTables(workbook).find((candidate) => candidate.name === "Underlag")?.rows.length ?? 0) + 1);
  });

  it("the command line never replaces a table Underlag of the user's, as the pane never does", async () => {
    const dir = tempDir();
    const refused = await runCli(["import", EXAMPLE_EXPORTS.csv, "--workbook", await exampleVariant(dir, "eget.xlsx"), "--out", path.join(dir, "kopia.xlsx")]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("Tabellen Underlag på bladet ”Underlag” är din egen");
  });
});
