import ExcelJS from "exceljs";
import { lockForecast } from "../core/plan";
import { type TableData, MONTHS, KEY_HEADERS, KEYS_TABLE, roundingWords, SETTINGS_HEADERS, SETTINGS_TABLE, settingNames } from "../core/workbook";
import { openPackage } from "../xlsx/package";
import { readTables } from "./readTables";
import { appendLock } from "./history";
import { exampleForecasts, exampleMapping, MAPPING_COLUMNS, type LedgerRow } from "./exampleExport";

/**
 * The synthetic example workbook (examples/budget-2027.xlsx): invented figures for the two
 * parties of Ölands IT-nämnd, in kronor with öre, a ledger WITHOUT a Budget column (so the
 * period budget comes from Årsbudget and the profiles), settings, keys and explained causes.
 */


export const ledger: LedgerRow[] = [
  [3451, "Intäkter från kommunala bolag", "Gemensam", -702345.6, -1050000, -1080000],
  [3452, "Intäkter från kommunala bolag", "Gemensam", -698120.4, -1050000, -1080000],
  [3453, "Intäkter från kommunala bolag", "Gemensam", -351000.0, -520000, -520000],
  // The host's financing: what Borgholm invoices the members (¾ of the year invoiced in advance by August).
  [3610, "Intäkter från Borgholms kommun", "Borgholm", -8151566.25, -10868755, -10868755],
  // Budgeted with the unrounded share, as published budgets often are: 2 355 kr more than Mörbylånga's advances.
  [3611, "Intäkter från Mörbylånga kommun", "Borgholm", -10424733.75, -13902000, -13902000],
  [5010, "Personalkostnader", "Gemensam", 6528812.35, 10300000, 10080000],
  [5410, "Personalkostnader", "Gemensam", 2409905.12, 3800000, 3720000],
  [5510, "Personalkostnader", "Gemensam", 352118.7, 560000, 545000],
  [5810, "Personalkostnader", "Gemensam", 252450.0, 400000, 390000],
  [6110, "Lokalkostnader", "Gemensam", 1080000.0, 1620000, 1620000],
  [6130, "Lokalkostnader", "Gemensam", 24880.0, 40000, 40000],
  [6150, "Lokalkostnader", "Gemensam", 121372.8, 180000, 180000],
  [6540, "Licenser", "Gemensam", 2105280.0, 2600000, 2720000],
  [6541, "Licenser", "Gemensam", 1006118.44, 1300000, 1300000],
  [6548, "Licenser", "Gemensam", 198000.0, 250000, 250000],
  [6420, "Telefoni", "Gemensam", 402980.25, 560000, 610000],
  [6421, "Telefoni", "Gemensam", 268004.1, 390000, 415000],
  [6422, "Telefoni", "Gemensam", 188400.0, 285000, 285000],
  [6550, "Konsulttjänster", "Gemensam", 672500.0, 1200000, 1150000],
  [6551, "Konsulttjänster", "Gemensam", 145000.0, 300000, 300000],
  [5611, "Bilar", "Gemensam", 84000.0, 126000, 126000],
  [5612, "Bilar", "Gemensam", 31245.9, 54000, 46000],
  [6542, "Gemensamma system", "Gemensam", 1010220.0, 1450000, 1450000],
  [6543, "Gemensamma system", "Gemensam", 689415.35, 950000, 980500],
  [6545, "Gemensamma system", "Gemensam", 212330.0, 320000, 320000],
  [5020, "Nämndsarvoden", "Borgholm", 52312.0, 85000, 82000],
  [5420, "Nämndsarvoden", "Borgholm", 16436.43, 26700, 25800],
  [5020, "Nämndsarvoden", "Mörbylånga", 49877.0, 85000, 85000],
  [5420, "Nämndsarvoden", "Mörbylånga", 15671.35, 26700, 26700],
  [6544, "Lärplattform skola", "Mörbylånga", 310500.0, 420000, 438000],
  [6547, "Lärplattform skola", "Mörbylånga", 42000.0, 60000, 60000],
  // Booked for Mörbylånga without a budget: re-invoiced as it is booked (Vidarefakturering).
  [6552, "Nätverk skolor Mörbylånga", "Mörbylånga", 186400.0, 0, 240000],
];

/**
 * Kvarstår: the part of a shared line that stays when Mörbylånga leaves (blank = all of it). Premises and
 * cars stay whole; licences and systems follow the users, partly.
 */
const remaining: Record<string, number> = {
  Personalkostnader: 0.8,
  Licenser: 0.55,
  Telefoni: 0.5,
  Konsulttjänster: 0.6,
  "Gemensamma system": 0.7,
};

const settings: [string, string | number][] = [
  [settingNames.host, "Borgholm"],
  [settingNames.year, 2027],
  [settingNames.throughMonth, 8],
  [settingNames.inputUnit, "kr"],
  [settingNames.reportUnit, "tkr"],
  [settingNames.rounding, roundingWords.controlled],
  [settingNames.trueUpThreshold, 100],
  // The example's SIE export keeps the counterparty in a dimension of its own (20); Ansvar is dimension 1.
  ["SIE-dimension Motpart", 20],
];

const keys: [number, string, number, number | null][] = [
  [2026, "Borgholm", 1680, null],
  [2026, "Mörbylånga", 2090, null],
  [2027, "Borgholm", 1700, 0.447],
  [2027, "Mörbylånga", 2100, 0.553],
];

const profiles: [string, ...number[]][] = [
  // Holidays: July's salaries are lower; December carries the year's adjustments.
  ["Personalkostnader", 8.7, 8.7, 8.7, 8.7, 8.7, 8.7, 4, 8.7, 8.7, 8.7, 8.7, 9.2],
  // Most licences are paid for the year in January.
  ["Licenser", 40, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6],
  // The host invoices the members quarterly in advance: January, April, July, October.
  ["Intäkter från Borgholms kommun", 1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0],
  ["Intäkter från Mörbylånga kommun", 1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0],
];

const causes: [string, number][] = [
  ["Vakanta tjänster inom drift och support", 300],
  ["Prisökning Microsoft-licenser", -120],
  ["Nytt mobilavtal", -75],
  ["Högre intäkter från kommunala bolag", 60],
];

/** The invoices sent so far (Fakturerat, kronor): three quarters' advances, one re-invoicing, one credit after T1. */
/** Each party's quarterly advance by the key (the account computes them; the host invoiced exactly these). */
const ADVANCES = { Borgholm: 2717189, Mörbylånga: 3474912 };

const invoiced: [string, Date, string, number][] = [
  ["Borgholm", new Date(Date.UTC(2027, 0, 5)), "Förskott", ADVANCES.Borgholm],
  ["Mörbylånga", new Date(Date.UTC(2027, 0, 5)), "Förskott", ADVANCES.Mörbylånga],
  ["Borgholm", new Date(Date.UTC(2027, 3, 5)), "Förskott", ADVANCES.Borgholm],
  ["Mörbylånga", new Date(Date.UTC(2027, 3, 5)), "Förskott", ADVANCES.Mörbylånga],
  ["Mörbylånga", new Date(Date.UTC(2027, 5, 15)), "Vidarefakturering", 120000],
  ["Borgholm", new Date(Date.UTC(2027, 6, 5)), "Förskott", ADVANCES.Borgholm],
  ["Mörbylånga", new Date(Date.UTC(2027, 6, 5)), "Förskott", ADVANCES.Mörbylånga],
];

/** What the cooperation leaves behind when Mörbylånga leaves (Avveckling, kronor). */
const windDown: [string, number, string, string][] = [
  ["IT-lager (lagervärde)", 1240000, "Gemensam", "Tillgång"],
  ["Licenser förutbetalda för nästa år", 385500, "Gemensam", "Tillgång"],
  ["Uppsägningslöner", 2150000, "Gemensam", "Kostnad"],
  ["Avtal som löper efter avtalstiden", 642300, "Gemensam", "Kostnad"],
  ["Reservdelar skolor", 45000, "Mörbylånga", "Tillgång"],
];

const amountFormat = "#,##0.00;-#,##0.00";

function addTable(sheet: ExcelJS.Worksheet, name: string, ref: string, headers: string[], rows: unknown[][]): void {
  sheet.addTable({
    name,
    ref,
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: headers.map((header) => ({ name: header, filterButton: true })),
    // ExcelJS keeps the arrays it is given: a copy, so an edited table never changes the generator's data.
    rows: rows.map((row) => [...row]),
  });
}

function formatColumn(sheet: ExcelJS.Worksheet, column: number, numFmt: string, width: number): void {
  sheet.getColumn(column).numFmt = numFmt;
  sheet.getColumn(column).width = width;
}

function settingsSheet(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet("Inställningar");
  addTable(sheet, SETTINGS_TABLE, "A1", [...SETTINGS_HEADERS], settings);
  addTable(sheet, KEYS_TABLE, "D1", [...KEY_HEADERS], keys);
  addTable(sheet, "Periodiseringsprofiler", "A10", ["Rad", ...MONTHS], profiles);
  [22, 16, 4, 8, 14, 11, 10].forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  // The Andel cells only: column G also holds the profiles' June weights, which are not percentages.
  keys.forEach((_, i) => (sheet.getCell(i + 2, 7).numFmt = "0.0 %"));
}

function ledgerSheet(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet("Underlag", { views: [{ state: "frozen", ySplit: 1 }] });
  const rows = ledger.map((row) => [...row, row[2] === "Gemensam" ? (remaining[row[1]] ?? null) : null]);
  addTable(sheet, "Underlag", "A1", ["Konto", "Rad", "Fördelning", "Utfall jan–aug", "Årsbudget", "Årsprognos", "Kvarstår"], rows);
  sheet.getColumn(1).width = 8;
  sheet.getColumn(2).width = 32;
  sheet.getColumn(3).width = 13;
  [4, 5, 6].forEach((column) => formatColumn(sheet, column, amountFormat, 16));
  formatColumn(sheet, 7, "0 %", 10);
}

function causesSheet(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet("Analys");
  addTable(sheet, "Avvikelseorsaker", "A1", ["Orsak", "Belopp"], causes);
  sheet.getColumn(1).width = 42;
  formatColumn(sheet, 2, "#,##0;-#,##0", 10);
}

function moneySheets(workbook: ExcelJS.Workbook): void {
  const invoices = workbook.addWorksheet("Fakturerat");
  addTable(invoices, "Fakturerat", "A1", ["Part", "Datum", "Avser", "Belopp"], invoiced);
  [14, 12, 20].forEach((width, i) => (invoices.getColumn(i + 1).width = width));
  invoices.getColumn(2).numFmt = "yyyy-mm-dd";
  formatColumn(invoices, 4, "#,##0;-#,##0", 14);
  const exit = workbook.addWorksheet("Avveckling");
  addTable(exit, "Avveckling", "A1", ["Post", "Belopp", "Ägare", "Typ"], windDown);
  exit.getColumn(1).width = 38;
  formatColumn(exit, 2, "#,##0;-#,##0", 14);
  [13, 10].forEach((width, i) => (exit.getColumn(i + 3).width = width));
}

/** The economist's rules from the financial system's code strings to the report lines, and their own forecasts. */
function importSheets(workbook: ExcelJS.Workbook): void {
  const mapping = workbook.addWorksheet("Mappning", { views: [{ state: "frozen", ySplit: 1 }] });
  addTable(mapping, "Mappning", "A1", MAPPING_COLUMNS, exampleMapping);
  [14, 12, 10, 32, 13].forEach((width, i) => (mapping.getColumn(i + 1).width = width));
  const forecasts = workbook.addWorksheet("Prognos");
  addTable(forecasts, "Prognos", "A1", ["Rad", "Fördelning", "Årsprognos", "Kommentar"], exampleForecasts(ledger));
  forecasts.getColumn(1).width = 32;
  forecasts.getColumn(2).width = 13;
  formatColumn(forecasts, 3, amountFormat, 16);
  forecasts.getColumn(4).width = 40;
}

/** The plan years grow by these factors from the 2027 budget (invented, as every figure here). */
const PLAN_GROWTH: [header: string, factor: number][] = [
  ["Budget 2027", 1],
  ["Plan 2028", 1.03],
  ["Plan 2029", 1.06],
];

/** Budgetplan: the ledger's lines with their annual budget for 2027 and two plan years (workbook.md "Budget and plan"). */
function planRows(): unknown[][] {
  const lines = new Map<string, { konto: number; rad: string; fördelning: string; budget: number }>();
  for (const [konto, rad, fördelning, , budget] of ledger) {
    const line = lines.get(`${rad}|${fördelning}`);
    if (line) line.budget += budget;
    else lines.set(`${rad}|${fördelning}`, { konto, rad, fördelning, budget });
  }
  return [...lines.values()].map((line) => [line.konto, line.rad, line.fördelning, ...PLAN_GROWTH.map(([, factor]) => Math.round(line.budget * factor))]);
}

const priorities: unknown[][] = [
  ["Skyddad backup", "Gemensam", 1200000, 1236000],
  ["Licenser Microsoft 365", "Gemensam", 2050000, 1553000],
  ["Skolplattform", "Mörbylånga", 113000, 116000],
];

function planSheet(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet("Budgetplan");
  addTable(sheet, "Budgetplan", "A1", ["Konto", "Rad", "Fördelning", ...PLAN_GROWTH.map(([header]) => header)], planRows());
  addTable(sheet, "Prioriteringar", "H1", ["Rad", "Fördelning", "2028", "2029"], priorities);
  sheet.getColumn(2).width = sheet.getColumn(8).width = 34;
  [4, 5, 6, 10, 11].forEach((column) => formatColumn(sheet, column, "#,##0;-#,##0", 14));
}

export function exampleWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  // Fixed dates, so regenerating the example changes the file only when its data change.
  workbook.created = workbook.modified = new Date(Date.UTC(2027, 8, 1));
  workbook.creator = workbook.lastModifiedBy = "oit-budget example";
  ledgerSheet(workbook);
  settingsSheet(workbook);
  causesSheet(workbook);
  moneySheets(workbook);
  importSheets(workbook);
  planSheet(workbook);
  return workbook;
}

/**
 * What the economist forecast at the first tertial (Prognos, workbook.md), where it differs from the forecast
 * now: the example's one locked version, "T1 2027", is these lines locked at month 4, so that the report shows
 * how the forecast moved since.
 */
const t1Forecasts: [rad: string, fördelning: string, årsprognos: number][] = [
  ["Licenser", "Gemensam", 4150000],
  ["Telefoni", "Gemensam", 1235000],
  ["Konsulttjänster", "Gemensam", 1500000],
  ["Nätverk skolor Mörbylånga", "Mörbylånga", 0],
];

const T1_LOCKED = { year: 2027, month: 5, day: 12 };

/** The workbook's Prognos rows for the lines whose T1 forecast was the same as today's. */
function otherForecasts(tables: readonly TableData[]): unknown[][] {
  const prognos = tables.find((table) => table.name === "Prognos");
  const changed = new Set(t1Forecasts.map(([rad, fördelning]) => `${rad}|${fördelning}`));
  return (prognos?.rows ?? []).filter(([rad, fördelning]) => !changed.has(`${rad}|${fördelning}`)).map((row) => row.slice(0, 3));
}

/**
 * The example workbook's file: the generator's workbook with the version "T1 2027" locked into it by the lock
 * itself (the T1 forecasts given as a Prognos table, month 4), so the example holds what `oit-budget lock` writes.
 */
export async function exampleFile(): Promise<Uint8Array> {
  const bytes = new Uint8Array(await exampleWorkbook().xlsx.writeBuffer());
  const loaded = new ExcelJS.Workbook();
  await loaded.xlsx.load(bytes as unknown as ArrayBuffer);
  const tables = readTables(loaded);
  const t1: TableData = { name: "Prognos", sheet: "Prognos", headers: ["Rad", "Fördelning", "Årsprognos"], rows: t1Forecasts };
  const pkg = openPackage(bytes);
  // At T1 the economist's Prognos held the T1 forecasts where they differ, today's elsewhere.
  const atT1 = [...tables.filter((table) => table.name !== "Prognos"), { ...t1, rows: [...t1Forecasts, ...otherForecasts(tables)] }];
  await appendLock(pkg, atT1, lockForecast(atT1, { label: "T1 2027", today: T1_LOCKED, month: 4 }));
  return pkg.bytes();
}
