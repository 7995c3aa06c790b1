import { execFileSync } from "child_process";
import { createHash } from "crypto";
import { mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { exampleWorkbook } from "../../src/cli/example";
import { readTables } from "../../src/cli/readTables";
import type { Report } from "../../src/core/report/types";
import type { TableData } from "../../src/core/workbook/types";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** The CLI in-process, with its output captured. */
export async function runCli(argv: string[]): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, { stdout: (text) => void (stdout += text), stderr: (text) => void (stderr += text) });
  return { code, stdout, stderr };
}

export function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), "oit-cli-"));
}

export function sha256(file: string): string {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}

/** The example workbook changed by `edit`, written to a file. */
export async function exampleVariant(dir: string, name: string, edit: (workbook: ExcelJS.Workbook) => void = () => {}): Promise<string> {
  const workbook = exampleWorkbook();
  edit(workbook);
  const file = path.join(dir, name);
  await workbook.xlsx.writeFile(file);
  return file;
}

export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** A date cell as Excel holds it, and Office.js gives it: its serial number (days since 1899-12-30). */
function excelSerial(value: unknown): unknown {
  return value instanceof Date ? (value.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000 : value;
}

/** A file's tables as Office.js would read them in Excel (dates as serial numbers), to seed the fake Office host. */
export async function officeTables(file: string): Promise<TableData[]> {
  return readTables(await loadWorkbook(file)).map((table) => ({ ...table, rows: table.rows.map((row) => row.map(excelSerial)) }));
}

/** LibreOffice headless on `args` (the files last), writing into `outdir`, with a fresh profile: it refuses to share one between processes. */
export function soffice(args: string[], outdir: string): void {
  const profile = `file://${tempDir()}`;
  execFileSync("soffice", ["--headless", "--norestore", `-env:UserInstallation=${profile}`, ...args, "--outdir", outdir], { stdio: "pipe", timeout: 50_000 });
}

/** The text of each page of a PDF, as a reader sees it laid out (pdftotext ends every page with a form feed). */
export function pdfPages(file: string): string[] {
  try {
    return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).split("\f");
  } catch (error) {
    throw new Error(`pdftotext (Debian package poppler-utils) could not read the PDF: ${String(error)}`);
  }
}

/** The rows of a sheet that show figures, in order: a label, then numbers only. */
export function figureRows(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow((row) => {
    const values = (row.values as unknown[]).slice(1);
    if (values.length > 1 && values.slice(1).every((value) => typeof value === "number")) rows.push(values);
  });
  return rows;
}

/** What a report sheet shows as figure rows: every table's rows (label and displayed figures), then the causes. */
export function reportFigureRows(report: Report): unknown[][] {
  const tables = report.tables.flatMap((table) => table.rows.map((row) => [row.label, ...row.values]));
  return [...tables, ...(report.narrative.causes ?? []).map((cause) => [cause.label, cause.amount])];
}

/** The number formats of a sheet's numeric cells, each once. */
export function numberFormats(sheet: ExcelJS.Worksheet): string[] {
  const formats = new Set<string>();
  sheet.eachRow((row) => row.eachCell((cell) => void (typeof cell.value === "number" && formats.add(cell.numFmt))));
  return [...formats];
}
