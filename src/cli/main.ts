import { existsSync, promises as fs } from "fs";
import * as path from "path";
import type ExcelJS from "exceljs";
import { OitError, isOitError } from "../core/errors";
import { describe, type Language } from "../core/messages";
import { layoutReport, reportFromTables, type Report } from "../core/report";
import { languageArgument, parseArgs, type CliOptions } from "./args";
import { exampleWorkbook } from "./example";
import { markerAwareWorkbook } from "./markerScope";
import { readTables } from "./readTables";
import { reportText } from "./textReport";
import { writeReportSheet } from "./writeReport";

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
}

const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** Exit codes: 0 done, 2 bad input (the message says what and where), 1 a fault of the program. */
export const EXIT_OK = 0;
export const EXIT_FAULT = 1;
export const EXIT_BAD_INPUT = 2;

/** The folder of package.json: src/cli under ts-jest, lib/src/cli once built. */
function findPackageRoot(from: string): string {
  const parent = path.dirname(from);
  return existsSync(path.join(from, "package.json")) || parent === from ? from : findPackageRoot(parent);
}

const packageRoot = findPackageRoot(__dirname);
/** Where `oit-budget demo` and `oit-budget example` find and put things, from the package root. */
export const EXAMPLE_WORKBOOK = path.join(packageRoot, "examples", "budget-2027.xlsx");
const DEMO_OUT = path.join(packageRoot, "out", "budget-2027.rapport.xlsx");

export const usage = `oit-budget – rapporttabeller för Ölands IT-nämnd ur en budgetarbetsbok (.xlsx)

Användning:
  oit-budget report <arbetsbok.xlsx> [--out rapport.xlsx] [--json] [--month M] [--year Å]
                    [--unit tkr|kr] [--rounding controlled|per-cell] [--lang sv|en]
      Läser Inställningar, Fördelningsnycklar och Underlag (och Periodiseringsprofiler,
      Avvikelseorsaker) och skriver rapportbladet i en kopia av arbetsboken
      (standard: <namn>.rapport.xlsx bredvid den). Arbetsboken själv ändras aldrig.
      --json skriver rapporten som JSON (workbook.md) på standard ut.
      Flaggorna går före arbetsbokens inställningar.
  oit-budget demo [--out rapport.xlsx]
      Rapporten ur exempelarbetsboken examples/budget-2027.xlsx som text, och som arbetsbok i out/.
  oit-budget example [--out arbetsbok.xlsx]
      Skriver exempelarbetsboken (påhittade siffror) på nytt.
  oit-budget --help

Felaktig indata ger slutkod 2 och ett meddelande på en rad (på svenska; --lang en för engelska).
`;

async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  let buffer: Buffer;
  try {
    buffer = await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new OitError("cliFileMissing", { path: file });
    throw new OitError("cliFileUnreadable", { path: file, reason: String((error as Error).message) });
  }
  const workbook = markerAwareWorkbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (error) {
    throw new OitError("cliFileUnreadable", { path: file, reason: String((error as Error).message) });
  }
  return workbook;
}

/** `<name>.rapport.xlsx` next to the workbook; never the workbook itself. */
export function outputPath(workbook: string, out: string | undefined): string {
  const target = path.resolve(out ?? path.join(path.dirname(workbook), `${path.basename(workbook, path.extname(workbook))}.rapport.xlsx`));
  if (target === path.resolve(workbook)) throw new OitError("cliOutIsInput", { path: workbook });
  return target;
}

/** Reads the workbook, builds the report, writes the report sheet into a copy. */
async function makeReport(file: string, out: string, options: CliOptions): Promise<{ report: Report; sheet: string }> {
  const workbook = await readWorkbook(file);
  const report = reportFromTables(readTables(workbook), {
    month: options.month,
    year: options.year,
    unit: options.unit,
    rounding: options.rounding,
  });
  const sheet = writeReportSheet(workbook, layoutReport(report));
  await fs.mkdir(path.dirname(out), { recursive: true });
  await workbook.xlsx.writeFile(out);
  return { report, sheet };
}

/** The JSON of workbook.md plus the narrative; warnings go to stderr. */
export function reportJson(report: Report): string {
  const { warnings, ...json } = report;
  return JSON.stringify(json, null, 2) + "\n";
}

const warningWord: Record<Language, string> = { sv: "varning", en: "warning" };

/** One line per warning on stderr, in the language of --lang, so stdout stays the report (or its JSON). */
function warn(report: Report, language: Language, io: Io): void {
  for (const warning of report.warnings) io.stderr(`oit-budget: ${warningWord[language]}: ${describe(warning, language)}\n`);
}

async function runReport(options: CliOptions, io: Io): Promise<void> {
  const file = options.workbook as string;
  const out = outputPath(file, options.out);
  const { report, sheet } = await makeReport(file, out, options);
  warn(report, options.language, io);
  io.stdout(options.json ? reportJson(report) : `Skrev bladet ”${sheet}” i ${out}\n`);
}

async function runDemo(options: CliOptions, io: Io): Promise<void> {
  const out = outputPath(EXAMPLE_WORKBOOK, options.out ?? DEMO_OUT);
  const { report, sheet } = await makeReport(EXAMPLE_WORKBOOK, out, options);
  warn(report, options.language, io);
  io.stdout(`${reportText(report)}\nSkrev bladet ”${sheet}” i ${out}\n`);
}

async function runExample(options: CliOptions, io: Io): Promise<void> {
  const out = path.resolve(options.out ?? EXAMPLE_WORKBOOK);
  await exampleWorkbook().xlsx.writeFile(out);
  io.stdout(`Skrev exempelarbetsboken ${out}\n`);
}

const commands = { report: runReport, demo: runDemo, example: runExample };

/** The cell's A1 address, which the engine's sentences leave out, so the user can go straight to it. */
function withAddress(message: string, address: string | undefined): string {
  return address && !message.includes(address) ? `${message} (cell ${address})` : message;
}

function failure(error: unknown, language: Language, io: Io): number {
  if (isOitError(error)) {
    io.stderr(`oit-budget: ${withAddress(describe(error, language), error.where?.address).replace(/\s+/g, " ")}\n`);
    return EXIT_BAD_INPUT;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr(`oit-budget: ${language === "sv" ? "internt fel" : "internal error"}: ${message.replace(/\s+/g, " ")}\n`);
  return EXIT_FAULT;
}

/** The command line: returns the exit code instead of exiting, so tests and benchmarks can call it. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  const language = languageArgument(argv);
  try {
    const options = parseArgs(argv);
    if (options.command === "help") io.stdout(usage);
    else await commands[options.command](options, io);
    return EXIT_OK;
  } catch (error) {
    return failure(error, language, io);
  }
}
