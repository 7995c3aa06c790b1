import { existsSync } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { isOitError, type MessageParams, type Notice } from "../core/errors";
import { importJson, requireLedger, type ImportResult } from "../core/import";
import { describe, type Language } from "../core/messages";
import { accountFromTables, settleJson, accountLayout } from "../core/account";
import { exitFromTables, exitJson, exitLayout } from "../core/exit";
import { layoutPlan, lockForecast, planFromTables, planJson } from "../core/plan";
import { layoutReport, reportColumnIndex, reportFromTables, type Report, type SheetLayout } from "../core/report";
import type { TableData } from "../core/workbook";
import { problemsOf, shownProblems } from "../core/problems";
import { freezePackage } from "../xlsx/freeze";
import { languageArgument, parseArgs, type CliOptions } from "./args";
import { exampleFile, ledger as exampleLedger } from "./example";
import { exampleCsv, exampleExportWorkbook, exampleSie } from "./exampleExport";
import { checkOutput, readInputWorkbook, writeOutput, type InputWorkbook } from "./files";
import { importForWorkbook, writeLedgerSheet } from "./importExport";
import { layoutText } from "./layoutText";
import { readTables } from "./readTables";
import { reportText } from "./textReport";
import { writeReportSheet } from "./writeReport";
import { appendLock } from "./history";
import { cliError, cliNotice, type CliMessageCode } from "./messages";
import { selectSheet } from "../xlsx/selectSheet";

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
/** The example's export from the financial system, in the three kinds the import reads (written by `example`). */
export const EXAMPLE_EXPORTS = {
  csv: path.join(packageRoot, "examples", "huvudbok-2027.csv"),
  sie: path.join(packageRoot, "examples", "huvudbok-2027.se"),
  xlsx: path.join(packageRoot, "examples", "huvudbok-2027.xlsx"),
};
/** The member whose exit the demo calculates. */
const DEMO_EXIT_PARTY = "Mörbylånga";

const usageText: Record<Language, string> = {
  sv: `oit-budget – rapporttabeller för Ölands IT-nämnd ur en budgetarbetsbok (.xlsx)

Användning:
  oit-budget report <arbetsbok.xlsx> [--import <export>] [--out rapport.xlsx] [--json] [--month M] [--year Å]
                    [--unit tkr|kr] [--rounding controlled|per-cell] [--compare <version>]
                    [--force] [--lang sv|en]
      Läser Inställningar, Fördelningsnycklar och Underlag (och Periodiseringsprofiler,
      Avvikelseorsaker) och skriver rapportbladet i en kopia av arbetsboken
      (standard: <namn>.rapport.xlsx bredvid den). Arbetsboken själv ändras aldrig.
      --json skriver rapporten som JSON (workbook.md) på standard ut, och ingen arbetsbok
      om inte --out anges. Flaggorna går före arbetsbokens inställningar.
      --import <export> läser underlaget ur ekonomisystemets export (CSV/text, .xlsx eller
      SIE 4) i stället för tabellen Underlag, mappat med tabellen Mappning (och Prognos);
      med --json får rapporten objektet "import" med avstämningen.
  oit-budget import <export> --workbook <arbetsbok.xlsx> --out <kopia.xlsx> [--month M] [--year Å]
      Skriver exporten, mappad och avstämd, som bladet Underlag i en kopia av arbetsboken.
      En kodsträng som ingen regel i Mappning matchar ger slutkod 2 och en rad som namnger den.
  oit-budget plan <arbetsbok.xlsx> [--out plan.xlsx] [--json] [--unit tkr|kr] [--force]
      Budget och plan ur tabellen Budgetplan (och Prioriteringar): nämnden, den gemensamma
      delen och varje parts egna delar med en kolumn per år, varje års gemensamma nettokostnad
      fördelad efter årets nyckel, prioriteringarna och kontrollen av finansieringen, som bladet
      ”Budget och plan ÅÅÅÅ–ÅÅÅÅ” i en kopia (standard: <namn>.plan.xlsx); --json som JSON.
  oit-budget lock <arbetsbok.xlsx> --label "T1 2027" --out <kopia.xlsx> [--month M] [--force]
      Låser radernas nuvarande årsprognos och utfall som en ny version sist i tabellen
      Prognoshistorik i kopian (var den än står; saknas den skapas den på ett eget blad) och
      versionens kontrollsumma i tabellen Prognoslås. Ett namn som redan finns ger slutkod 2;
      raderna som redan finns skrivs aldrig över.
  oit-budget settle <arbetsbok.xlsx> [--out avrakning.xlsx] [--json] [--force] [--lang sv|en]
      Medlemmarnas konto för året per part: förskott, vidarefakturering, avräkning per
      tertial och årsavstämning (med tabellen Fakturerat när den finns), som bladet
      ”Avräkning ÅÅÅÅ” i en kopia (standard: <namn>.avrakning.xlsx); --json som JSON.
  oit-budget exit <arbetsbok.xlsx> --party <Part> [--out avveckling.xlsx] [--json] [--force]
      När en part lämnar: tabellen Avveckling fördelad efter nyckeln för Inställningars År
      och de kvarvarande parternas gemensamma kostnader före och efter, som bladet
      ”Avveckling ÅÅÅÅ” i en kopia (standard: <namn>.avveckling.xlsx); --json som JSON.
  oit-budget freeze <arbetsbok.xlsx> --out <kopia.xlsx> [--force]
      En kopia att skicka till den som inte har tillägget: varje formel som anropar en
      OIT-funktion ersätts av sitt senast beräknade värde; allt annat lämnas som det var.
  oit-budget demo [--out rapport.xlsx]
      Rapporten (med prognosens förändring sedan T1 2027), medlemmarnas konto, Mörbylångas
      utträde och budget och plan ur exempelarbetsboken
      examples/budget-2027.xlsx som text, och som arbetsbok i out/.
  oit-budget example [--out arbetsbok.xlsx]
      Skriver exempelarbetsboken (påhittade siffror) och dess export (huvudbok-2027.csv, .se, .xlsx) på nytt.
  oit-budget --help

Filer: utfilen skrivs färdig bredvid målet och byter sedan plats med det, så ett avbrott lämnar
inget halvfärdigt. En befintlig fil ersätts bara om den är en rapport som tillägget skrivit,
eller med --force; arbetsboken själv kan aldrig bli utfil.
Felaktig indata ger slutkod 2 och ett meddelande på en rad per fel, t.ex. varje felaktig rad i underlaget
(på svenska; --lang en för engelska).
`,
  en: `oit-budget – report tables for Ölands IT-nämnd from a budget workbook (.xlsx)

Usage:
  oit-budget report <workbook.xlsx> [--import <export>] [--out report.xlsx] [--json] [--month M] [--year Y]
                    [--unit tkr|kr] [--rounding controlled|per-cell] [--compare <version>]
                    [--force] [--lang sv|en]
      Reads Inställningar, Fördelningsnycklar and Underlag (and Periodiseringsprofiler,
      Avvikelseorsaker) and writes the report sheet into a copy of the workbook
      (default: <name>.rapport.xlsx beside it). The workbook itself is never changed.
      --json prints the report as JSON (workbook.md) and writes no workbook unless --out
      is given. The flags take precedence over the workbook's settings.
      --import <export> reads the ledger from the financial system's export (CSV/text, .xlsx
      or SIE 4) instead of the table Underlag, mapped by the table Mappning (and Prognos);
      with --json the report holds the "import" object with the reconciliation.
  oit-budget import <export> --workbook <workbook.xlsx> --out <copy.xlsx> [--month M] [--year Y]
      Writes the export, mapped and reconciled, as the sheet Underlag into a copy of the workbook.
      A code string no rule of Mappning matches exits with code 2 and a line naming it.
  oit-budget plan <workbook.xlsx> [--out plan.xlsx] [--json] [--unit tkr|kr] [--force]
      Budget and plan from the table Budgetplan (and Prioriteringar): the committee, the
      shared part and each party's own part with one column per year, each year's shared
      net cost split by that year's key, the priorities and the financing check, as the
      sheet "Budget och plan YYYY–YYYY" in a copy (default: <name>.plan.xlsx); --json as JSON.
  oit-budget lock <workbook.xlsx> --label "T1 2027" --out <copy.xlsx> [--month M] [--force]
      Locks the lines' current forecast and outcome as a new version at the end of the table
      Prognoshistorik of the copy (wherever it stands; when missing it is made on a sheet of
      its own) and the version's checksum in the table Prognoslås. A label in use exits with
      code 2; the rows already there are never written over.
  oit-budget settle <workbook.xlsx> [--out avrakning.xlsx] [--json] [--force] [--lang sv|en]
      The members' account for the year, per party: advances, re-invoicing, tertial
      true-ups and the year-end settlement (with the table Fakturerat when there is one),
      as the sheet "Avräkning YYYY" in a copy (default: <name>.avrakning.xlsx); --json as JSON.
  oit-budget exit <workbook.xlsx> --party <Party> [--out avveckling.xlsx] [--json] [--force]
      When a party leaves: the table Avveckling split by the key of the settings' År, and
      the remaining parties' shared costs before and after, as the sheet "Avveckling YYYY"
      in a copy (default: <name>.avveckling.xlsx); --json as JSON.
  oit-budget freeze <workbook.xlsx> --out <copy.xlsx> [--force]
      A copy to send to someone without the add-in: every formula that calls an OIT
      function is replaced by its last computed value; everything else is left as it was.
  oit-budget demo [--out report.xlsx]
      The report (with the forecast's change since T1 2027), the members' account,
      Mörbylånga's exit and the budget and plan of the example workbook
      examples/budget-2027.xlsx as text, and as a workbook in out/.
  oit-budget example [--out workbook.xlsx]
      Writes the example workbook (invented figures) and its export (huvudbok-2027.csv, .se, .xlsx) again.
  oit-budget --help

Files: the output is written in full beside its target and then renamed into place, so an
interruption leaves nothing half-written. An existing file is replaced only when it is a report
the add-in wrote, or with --force; the workbook itself can never be the output.
Bad input exits with code 2 and a message on one line per problem, e.g. each bad row of the ledger
(in Swedish; --lang en for English).
`,
};

export const usage = usageText.sv;

/** One line of the command's own output, in the language of --lang. */
function say(code: CliMessageCode, params: MessageParams, language: Language): string {
  return `${describe(cliNotice(code, params), language)}\n`;
}

/** The workbook's tables as ExcelJS reads them (only read: the copy is written part by part). */
async function readWorkbookTables(input: InputWorkbook): Promise<TableData[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(input.bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw cliError("cliFileUnreadable", { path: input.file, reason: String((error as Error).message) });
  }
  return readTables(workbook);
}

/** `<name>.<kind>.xlsx` (rapport, avrakning, avveckling) next to the workbook. */
export function outputPath(workbook: string, out: string | undefined, kind = "rapport"): string {
  return path.resolve(out ?? path.join(path.dirname(workbook), `${path.basename(workbook, path.extname(workbook))}.${kind}.xlsx`));
}

/**
 * Reads the workbook, makes what `build` makes of its tables and, when `out` is given, writes its sheet into a
 * copy: every check of the output is made before the work, and the copy is written whole or not at all.
 */
async function makeSheet<T>(file: string, out: string | undefined, force: boolean, build: (tables: TableData[]) => T | Promise<T>, layoutOf: (value: T) => SheetLayout): Promise<{ value: T; sheet?: string }> {
  const input = await readInputWorkbook(file);
  if (out) await checkOutput(out, { input: input.stats, force });
  const value = await build(await readWorkbookTables(input));
  if (!out) return { value };
  const sheet = await writeReportSheet(input.pkg, layoutOf(value));
  await writeOutput(out, input.pkg.bytes());
  return { value, sheet };
}

async function makeReport(file: string, out: string | undefined, options: CliOptions): Promise<{ report: Report; sheet?: string; imported?: ImportResult }> {
  const reportOf = async (tables: TableData[]) => {
    // --import: the ledger is the export mapped by the workbook's Mappning; its own Underlag is not used.
    const imported = options.importFile ? await importForWorkbook(tables, options.importFile, settingFlags(options)) : undefined;
    const ledger = imported ? requireLedger(imported) : undefined;
    return { report: reportFromTables(tables, options, ledger), imported };
  };
  const { value, sheet } = await makeSheet(file, out, options.force, reportOf, (made) => layoutReport(made.report));
  return { ...value, sheet };
}

/** The flags that stand for settings, as the import reads them. */
function settingFlags(options: CliOptions): { year?: number; throughMonth?: number } {
  return { ...(options.year !== undefined ? { year: options.year } : {}), ...(options.throughMonth !== undefined ? { throughMonth: options.throughMonth } : {}) };
}

function json(value: object): string {
  return JSON.stringify(value, null, 2) + "\n";
}

/** The JSON of workbook.md plus the narrative, and the `import` object when the ledger came from an export; warnings go to stderr. */
export function reportJson(report: Report, imported?: ImportResult, language: Language = "sv"): string {
  const { warnings, ...rest } = report;
  return json(imported ? { ...rest, import: importJson(imported, language) } : rest);
}

const warningWord: Record<Language, string> = { sv: "varning", en: "warning" };

/** One line per warning on stderr, in the language of --lang, so stdout stays the report (or its JSON). */
function warn(warnings: readonly Notice[], language: Language, io: Io): void {
  for (const warning of warnings) io.stderr(`oit-budget: ${warningWord[language]}: ${describe(warning, language)}\n`);
}

async function runReport(options: CliOptions, io: Io): Promise<void> {
  const file = options.workbook as string;
  const out = options.json && options.out === undefined ? undefined : outputPath(file, options.out);
  const { report, sheet, imported } = await makeReport(file, out, options);
  warn([...(imported?.warnings ?? []), ...report.warnings], options.language, io);
  io.stdout(options.json ? reportJson(report, imported, options.language) : say("cliWroteSheet", { sheet: sheet ?? "", path: out ?? "" }, options.language));
}
/** The reconciliation per amount column, one line each, as the economist checks it against the ledger. */
function reconciliationLines(imported: ImportResult, language: Language): string {
  return importJson(imported, language)
    .reconciliation.map((entry) => say("cliReconciled", { column: entry.column, export: entry.export, mapped: entry.mapped, excluded: entry.excluded }, language))
    .join("");
}

/** `import <export> --workbook <wb> --out <copy>`: the mapped ledger as Underlag in a copy; the workbook is never changed. */
async function runImport(options: CliOptions, io: Io): Promise<void> {
  if (options.out === undefined) throw cliError("cliImportUsage", {});
  const input = await readInputWorkbook(options.workbook as string);
  const out = path.resolve(options.out);
  await checkOutput(out, { input: input.stats, force: options.force });
  const tables = await readWorkbookTables(input);
  const imported = await importForWorkbook(tables, options.importFile as string, settingFlags(options));
  requireLedger(imported);
  const rows = await writeLedgerSheet(input.pkg, tables, imported);
  await writeOutput(out, input.pkg.bytes());
  warn(imported.warnings, options.language, io);
  io.stdout(reconciliationLines(imported, options.language));
  io.stdout(say("cliImported", { rows, excluded: imported.excluded.length, source: imported.recognition.source, path: out }, options.language));
}

/** The demo's second half: the same report from the financial system's exports, mapped and reconciled. */
async function demoImports(report: Report, options: CliOptions, io: Io): Promise<void> {
  for (const file of [EXAMPLE_EXPORTS.csv, EXAMPLE_EXPORTS.sie]) {
    const { report: imported, imported: result } = await makeReport(EXAMPLE_WORKBOOK, undefined, { ...options, importFile: file });
    const found = result as ImportResult;
    io.stdout(`\n${say("cliDemoImport", { path: path.relative(packageRoot, file), summary: recognitionSummary(found) }, options.language)}`);
    io.stdout(reconciliationLines(found, options.language));
    const figures = (from: Report, columns?: string[]) =>
      JSON.stringify(from.tables.map((table) => table.rows.map((row) => (columns ? columns.map((id) => row.exact[reportColumnIndex(id)]) : row.exact))));
    // Outcome, annual budget and forecast (and their deviation) must agree exactly whatever the export's period budget.
    const unbudgeted = ["outcome", "annualBudget", "forecast", "annualDeviation"];
    if (figures(imported, unbudgeted) !== figures(report, unbudgeted)) throw new Error(`the report from ${file} differs from the report from Underlag`);
    io.stdout(say(figures(imported) === figures(report) ? "cliDemoSameReport" : "cliDemoOtherBudget", {}, options.language));
  }
}

/** "csv, windows-1252, ';', decimal ',', header on line 4, 71 rows" — what the reader recognised. */
function recognitionSummary(result: ImportResult): string {
  const r = result.recognition;
  const parts = [r.format, r.encoding, r.delimiter && `'${r.delimiter === "\t" ? "tab" : r.delimiter}'`, r.decimalSeparator && `'${r.decimalSeparator}'`, r.headerLine && `#${r.headerLine}`, r.outcomeFrom && `#${r.outcomeFrom.toUpperCase()}`];
  return [...parts.filter(Boolean), String(r.records)].join(", ");
}


/** `--json` without `--out` prints only; otherwise the sheet goes into `<name>.<kind>.xlsx` or `--out`. */
async function runSheet<T>(options: CliOptions, io: Io, kind: string, build: (tables: TableData[]) => T, layoutOf: (value: T) => SheetLayout, jsonOf: (value: T) => object): Promise<void> {
  const file = options.workbook as string;
  const out = options.json && options.out === undefined ? undefined : outputPath(file, options.out, kind);
  const { value, sheet } = await makeSheet(file, out, options.force, build, layoutOf);
  io.stdout(options.json ? json(jsonOf(value)) : say("cliWroteSheet", { sheet: sheet ?? "", path: out ?? "" }, options.language));
}

async function runPlan(options: CliOptions, io: Io): Promise<void> {
  const planOf = (tables: TableData[]) => {
    const plan = planFromTables(tables, { unit: options.reportUnit, rounding: options.rounding });
    warn(plan.warnings, options.language, io);
    return plan;
  };
  await runSheet(options, io, "plan", planOf, layoutPlan, planJson);
}

/** Today as a calendar day where the command runs: the day the economist locks. */
function today(): { year: number; month: number; day: number } {
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

/**
 * `oit-budget lock`: the current lines' forecasts appended to the table Prognoshistorik (wherever it stands, as the
 * pane's Lås prognos appends) as a new version in a copy; the rows already there are never written.
 */
async function runLock(options: CliOptions, io: Io): Promise<void> {
  if (options.out === undefined) throw cliError("cliMissingOut", { command: "lock" });
  const input = await readInputWorkbook(options.workbook as string);
  const out = path.resolve(options.out);
  await checkOutput(out, { input: input.stats, force: options.force });
  const tables = await readWorkbookTables(input);
  const lock = lockForecast(tables, { label: options.label as string, today: today(), month: options.throughMonth, year: options.year });
  const sheet = await appendLock(input.pkg, tables, lock);
  await writeOutput(out, input.pkg.bytes());
  io.stdout(say("cliLocked", { version: lock.locked.label, count: lock.locked.lines.length, month: lock.locked.throughMonth, sheet, path: out }, options.language));
}

async function runSettle(options: CliOptions, io: Io): Promise<void> {
  await runSheet(options, io, "avrakning", (tables) => accountFromTables(tables), accountLayout, settleJson);
}

async function runExit(options: CliOptions, io: Io): Promise<void> {
  await runSheet(options, io, "avveckling", (tables) => exitFromTables(tables, options.party as string), exitLayout, exitJson);
}

/**
 * The report (with the forecast's change since the example's locked version), the members' account, the exit and
 * the budget and plan of the example workbook: as text, and as four sheets of one copy in out/.
 */
async function runDemo(options: CliOptions, io: Io): Promise<void> {
  const out = outputPath(EXAMPLE_WORKBOOK, options.out ?? DEMO_OUT);
  const input = await readInputWorkbook(EXAMPLE_WORKBOOK);
  await checkOutput(out, { input: input.stats, force: options.force });
  const tables = await readWorkbookTables(input);
  const report = reportFromTables(tables);
  const account = accountLayout(accountFromTables(tables));
  const exit = exitLayout(exitFromTables(tables, DEMO_EXIT_PARTY));
  const plan = layoutPlan(planFromTables(tables));
  const sheets: string[] = [];
  for (const layout of [layoutReport(report), account, exit, plan]) sheets.push(await writeReportSheet(input.pkg, layout));
  // Each sheet written became the active one; the copy opens on the report.
  selectSheet(input.pkg, sheets[0]);
  await writeOutput(out, input.pkg.bytes());
  warn(report.warnings, options.language, io);
  const written = sheets.map((sheet) => say("cliWroteSheet", { sheet, path: out }, options.language)).join("");
  io.stdout(`${reportText(report, options.language)}\n${layoutText(account)}\n${layoutText(exit)}\n${layoutText(plan)}\n${written}`);
  await demoImports(report, options, io);
}

async function runExample(options: CliOptions, io: Io): Promise<void> {
  const out = path.resolve(options.out ?? EXAMPLE_WORKBOOK);
  // The example is the generator's own file: only another file named by --out is protected.
  if (options.out !== undefined) await checkOutput(out, { force: options.force });
  await writeOutput(out, await exampleFile());
  io.stdout(say("cliWroteExample", { path: out }, options.language));
  // The exports are the generator's own files beside the example workbook: written with it, not with a copy elsewhere.
  if (options.out !== undefined) return;
  await writeOutput(EXAMPLE_EXPORTS.csv, exampleCsv(exampleLedger));
  await writeOutput(EXAMPLE_EXPORTS.sie, exampleSie(exampleLedger));
  await writeOutput(EXAMPLE_EXPORTS.xlsx, await exampleExportWorkbook(exampleLedger));
  for (const file of Object.values(EXAMPLE_EXPORTS)) io.stdout(say("cliWroteExample", { path: file }, options.language));
}

async function runFreeze(options: CliOptions, io: Io): Promise<void> {
  if (options.out === undefined) throw cliError("cliMissingOut", { command: "freeze" });
  const input = await readInputWorkbook(options.workbook as string);
  const out = path.resolve(options.out);
  await checkOutput(out, { input: input.stats, force: options.force });
  const result = freezePackage(input.pkg);
  await writeOutput(out, result.bytes);
  warn(result.warnings, options.language, io);
  io.stdout(say("cliFrozen", { path: out, count: result.frozen.length }, options.language));
}

const commands = { report: runReport, import: runImport, plan: runPlan, lock: runLock, settle: runSettle, exit: runExit, freeze: runFreeze, demo: runDemo, example: runExample };

/** The cell's A1 address, which the engine's sentences leave out, so the user can go straight to it. */
function withAddress(message: string, address: string | undefined): string {
  return address && !message.includes(address) ? `${message} (cell ${address})` : message;
}

/**
 * Bad input: one line per problem found (a ledger's bad rows all at once, the first as it always read), the list
 * cut as the pane cuts it, with how many more there are.
 */
function failure(error: unknown, language: Language, io: Io): number {
  if (isOitError(error)) {
    const { shown, more } = shownProblems(problemsOf(error));
    for (const problem of shown) io.stderr(`oit-budget: ${withAddress(describe(problem, language), problem.where?.address).replace(/\s+/g, " ")}\n`);
    if (more > 0) io.stderr(`oit-budget: ${describe(cliNotice("cliMoreProblems", { count: more }), language)}\n`);
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
    if (options.command === "help") io.stdout(usageText[options.language]);
    else await commands[options.command](options, io);
    return EXIT_OK;
  } catch (error) {
    return failure(error, language, io);
  }
}
