import { createReadStream, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "fs";
import { createServer, type Server } from "http";
import { tmpdir } from "os";
import { extname, join, normalize } from "path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { EXAMPLE_WORKBOOK } from "../../src/cli/main";
import { checkWorkbook } from "../../src/core/checks/checkWorkbook";
import { accountFromTables } from "../../src/core/account/fromTables";
import { accountLayout } from "../../src/core/account/layout";
import { exitFromTables } from "../../src/core/exit/fromTables";
import { exitLayout } from "../../src/core/exit/layout";
import { invoiceLayout } from "../../src/core/invoicing/invoiceLayout";
import { invoicesFromTables } from "../../src/core/invoicing/invoicesFromTables";
import type { PartyInvoices } from "../../src/core/invoicing/types";
import { layoutReport } from "../../src/core/report/layout";
import { reportFromTables } from "../../src/core/report/fromTables";
import type { SheetLayout } from "../../src/core/report/layout.types";
import type { TableData } from "../../src/core/workbook/types";
import { formatAmount } from "../../src/i18n/numbers";
import { uiStrings, uiText } from "../../src/i18n/strings";
import { splitAddress } from "../../src/core/workbook/address";
import { freezeWorkbook } from "../../src/xlsx/freeze";
import { oitCells, oitWorkbook } from "../xlsx/oitWorkbook";
import { encode } from "iconv-lite";
import { importFromTables, importSettingsOf, ledgerSheetRows, readExportFile } from "../../src/core/import";
import { COMMITTEE_TITLE, SHARED_TITLE } from "../../src/core/report/labels";
import { officeTables } from "../cli/helpers";
import { bundleFakeOffice } from "./fakeOfficeBundle";
import { layoutDefects } from "./layoutDefects";

/**
 * The production build in headless Chromium, office.js answered by the fake Excel host seeded
 * with the example workbook's tables; every view clicked through and what it wrote asserted.
 */
jest.setTimeout(120_000);

const root = join(__dirname, "../..");
const dist = join(root, "dist");
const screenshots = join(__dirname, "screenshots");
/** The README's screenshot of the report view, and the text it shows (see keepReadmeScreenshot). */
const readmeScreenshot = join(root, "assets", "screenshot-taskpane.png");
const readmeScreenshotText = join(root, "assets", "screenshot-taskpane.txt");
const chromiumFlags = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
/** The narrowest task pane Excel gives an add-in. */
const paneWidth = 320;
const types: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".json": "application/json", ".png": "image/png", ".xml": "text/xml" };

let server: Server;
let origin: string;
let fakeOffice: string;
let tables: TableData[];
let browser: BrowserContext;
const blocked: string[] = [];

function serveDist(): Promise<Server> {
  const httpServer = createServer((request, response) => {
    const path = normalize(join(dist, decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname)));
    if (!path.startsWith(dist) || !existsSync(path) || statSync(path).isDirectory()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": types[extname(path)] ?? "application/octet-stream" });
    createReadStream(path).pipe(response);
  });
  return new Promise((resolve) => httpServer.listen(0, "127.0.0.1", () => resolve(httpServer)));
}

function exampleTables(): Promise<TableData[]> {
  return officeTables(EXAMPLE_WORKBOOK);
}

async function openPane(seedTables: TableData[], displayLanguage: string): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewportSize({ width: paneWidth, height: 900 });
  // Last registered wins: the office.js route first, everything else outside localhost blocked.
  await page.route("**/*", (route) => {
    if (route.request().url().startsWith(origin)) return route.continue();
    blocked.push(route.request().url());
    return route.abort();
  });
  await page.route("https://appsforoffice.microsoft.com/**", (route) =>
    route.fulfill({
      contentType: "text/javascript",
      body: `window.oitSeed = ${JSON.stringify({ tables: seedTables })};\nwindow.oitDisplayLanguage = ${JSON.stringify(displayLanguage)};\n${fakeOffice}`,
    })
  );
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${origin}/taskpane.html`);
  await page.getByRole("tablist").waitFor();
  expect(errors).toEqual([]);
  return page;
}

/** Cells of a sheet of the fake workbook over the layout's blocks, as the layout positions them. */
async function sheetBlocks(page: Page, layout: SheetLayout): Promise<unknown[][][]> {
  return page.evaluate((expected) => {
    const host = window.fakeExcel;
    const sheet = host.sheet(expected.sheetName);
    return expected.blocks.map((block) =>
      host.valuesAt(sheet, { row: block.row, column: block.column, rowCount: block.values.length, columnCount: block.values[0].length })
    );
  }, layout);
}

function blockValues(layout: SheetLayout): unknown[][][] {
  return layout.blocks.map((block) => block.values.map((row) => row.map((value) => value ?? "")));
}

async function tableBody(page: Page, name: string): Promise<unknown[][]> {
  return page.evaluate((tableName) => {
    const host = window.fakeExcel;
    const table = host.tables.find((t) => t.name === tableName)!;
    return host.valuesAt(table.sheet, { row: table.headerRow + 1, column: table.column, rowCount: table.rowCount, columnCount: table.columnCount });
  }, name);
}

/** Waits for a text in the pane; when it does not come, the failure says what the pane shows instead. */
async function seeText(page: Page, text: string | RegExp) {
  try {
    await page.getByText(text).first().waitFor({ timeout: 10_000 });
  } catch {
    throw new Error(`the pane does not show ${String(text)}; it shows:\n${await page.locator("main").innerText()}`);
  }
}

/** Fluent's motions run to their end first: a check or a picture taken mid-animation shows a layout nobody sees. */
async function settle(page: Page) {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined))
    )
  );
}

/**
 * Screenshot of the view, after checking it reads at the narrowest task pane: nothing wider than
 * the pane, no text cut off or spilling out of its box, no text drawn over other text.
 */
async function shoot(page: Page, view: string) {
  await settle(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(paneWidth);
  expect(await page.evaluate(layoutDefects, paneWidth)).toEqual([]);
  await page.screenshot({ path: join(screenshots, `${view}.png`), fullPage: true });
}

/**
 * The README's screenshot is taken here, so it cannot show text the pane no longer has. It is
 * written again only when the view's text changed (kept beside it), so a run that changes nothing
 * leaves the tracked image as it was.
 */
async function keepReadmeScreenshot(page: Page) {
  expect(readFileSync(join(root, "README.md"), "utf8")).toContain("](assets/screenshot-taskpane.png)");
  const text = await page.evaluate(() => document.body.innerText);
  const previous = existsSync(readmeScreenshotText) ? readFileSync(readmeScreenshotText, "utf8") : "";
  if (text === previous && existsSync(readmeScreenshot)) return;
  await page.screenshot({ path: readmeScreenshot, fullPage: true });
  writeFileSync(readmeScreenshotText, text);
}

const sv = uiStrings.sv;

/** A party's card on the invoicing view as the reader sees it: each row's words, spaces made plain. */
async function partyCard(page: Page, party: string): Promise<string[]> {
  const rows = await page.getByRole("table", { name: uiText("sv", "invoicesPartyPlan", { party }) }).getByRole("row").allInnerTexts();
  return rows.map((row) => row.replace(/\s+/g, " ").trim());
}

/** The rows the card should show for a party of the plan, in Swedish. */
function partyCardRows(party: PartyInvoices): string[] {
  const amount = (value: number, signed = false) => formatAmount(value, "sv", signed).replace(/\s+/g, " ");
  const quarters = party.quarters.map((q, i) => `${uiText("sv", "invoicesQuarter", { n: i + 1 })} ${amount(q)}`);
  const settlement =
    party.settlement === undefined || party.settlement === 0
      ? []
      : [`${sv.invoicesSettlement} ${amount(party.settlement, true)} ${party.settlement > 0 ? sv.invoicesToInvoice : sv.invoicesToCredit}`];
  return [...quarters, `${sv.invoicesAnnual} ${amount(party.annual)}`, ...settlement];
}

beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true });
  [tables, fakeOffice] = await Promise.all([exampleTables(), bundleFakeOffice()]);
  server = await serveDist();
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  // No skip: a Chromium that cannot start fails the test run.
  browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "oit-chromium-")), {
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: chromiumFlags,
    // Fluent's motions shortened to a millisecond, as for users who ask for less motion: still pictures.
    reducedMotion: "reduce",
  });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

describe("the task pane in Chromium over the fake Excel host", () => {
  let page: Page;
  beforeAll(async () => {
    page = await openPane(tables, "sv-SE");
  });

  it("Nyckel: shows the key and writes edited users to Fördelningsnycklar", async () => {
    const before = await tableBody(page, "Fördelningsnycklar");
    const users = page.getByRole("textbox", { name: sv.keyUsers });
    await users.first().waitFor();
    await users.first().fill("1800");
    await page.getByRole("button", { name: sv.keySave }).click();
    await seeText(page, /är sparad i tabellen Fördelningsnycklar/);
    await shoot(page, "nyckel");
    const after = await tableBody(page, "Fördelningsnycklar");
    const year = Math.max(...before.map((row) => Number(row[0])));
    const changed = after.findIndex((row) => Number(row[0]) === year);
    expect(after[changed][2]).toBe(1800);
    expect(after.filter((_, i) => i !== changed)).toEqual(before.filter((_, i) => i !== before.findIndex((row) => Number(row[0]) === year)));
    tables = tables.map((t) => (t.name === "Fördelningsnycklar" ? { ...t, rows: after } : t));
  });

  it("Rapport: one click writes the report sheet with the figures of the report model", async () => {
    await page.getByRole("tab", { name: sv.tabReport }).click();
    await page.getByRole("button", { name: sv.reportWrite }).click();
    await seeText(page, /är skrivet med \d+ tabeller/);
    await shoot(page, "rapport");
    await keepReadmeScreenshot(page);
    const layout = layoutReport(reportFromTables(tables));
    expect(await sheetBlocks(page, layout)).toEqual(blockValues(layout));
  });

  it("Rapport: a chart Excel refuses leaves the report written and says so, in Swedish", async () => {
    await page.evaluate(() => window.fakeExcel.failWhen((entry) => entry.action === "chart"));
    await page.getByRole("button", { name: sv.reportWrite }).click();
    await seeText(page, /diagrammet kunde inte läggas till: injected failure: chart/);
    await shoot(page, "rapport-utan-diagram");
    await page.evaluate(() => window.fakeExcel.failWhen(undefined));
    const layout = layoutReport(reportFromTables(tables));
    expect(await sheetBlocks(page, layout)).toEqual(blockValues(layout));
    expect(await page.evaluate((name) => window.fakeExcel.sheetNames().filter((s) => s === name), layout.sheetName)).toEqual([layout.sheetName]);
  });

  it("Fakturering: writes each party's quarterly invoices and the settlement", async () => {
    await page.getByRole("tab", { name: sv.tabInvoices }).click();
    await page.getByRole("button", { name: sv.invoicesWrite }).click();
    await seeText(page, /Bladet Fakturering \d+ är skrivet/);
    await shoot(page, "fakturering");
    const plan = invoicesFromTables(tables);
    for (const party of plan.parties) {
      expect(party.quarters.reduce((s, q) => s + q, 0)).toBe(party.annual);
      expect(await partyCard(page, party.party)).toEqual(partyCardRows(party));
    }
    const layout = invoiceLayout(plan);
    expect(await sheetBlocks(page, layout)).toEqual(blockValues(layout));
  });

  it("Fakturering: writes the members' account and shows each member's figures as the sheet holds them", async () => {
    await page.getByRole("button", { name: sv.accountWrite }).click();
    await seeText(page, /Bladet Avräkning 2027 är skrivet/);
    const account = accountFromTables(tables);
    const layout = accountLayout(account);
    expect(await sheetBlocks(page, layout)).toEqual(blockValues(layout));
    const kr = (value: number, signed = false) => formatAmount(value, "sv", signed).replace(/\s+/g, " ");
    for (const member of account.members) {
      const rows = (await page.getByRole("table", { name: uiText("sv", "accountParty", { party: member.party }) }).getByRole("row").allInnerTexts()).map((row) => row.replace(/\s+/g, " ").trim());
      expect(rows).toContain(`${sv.accountReinvoicingOpen} ${kr(member.reinvoicing.open)}`);
      expect(rows).toContain(`${sv.accountActualCost} ${kr(member.actualCost)}`);
      expect(rows).toContain(`${sv.accountInvoiced} ${kr(member.invoiced)}`);
      expect(rows.some((row) => row.startsWith(`${sv.invoicesSettlement} ${kr(member.settlement, true)}`))).toBe(true);
    }
    // The example's Mörbylånga has 66 400 kr booked on an unbudgeted own line and not yet re-invoiced.
    expect(account.members[1].reinvoicing.open).toBe(66400);
    await shoot(page, "medlemmarnas-konto");
  });

  it("Fakturering: the exit of Mörbylånga writes Avveckling 2027 with its chart of before and after", async () => {
    await page.getByRole("button", { name: sv.exitWrite }).click();
    await seeText(page, /Bladet Avveckling 2027 är skrivet/);
    const split = exitFromTables(tables, "Mörbylånga");
    const layout = exitLayout(split);
    expect(await sheetBlocks(page, layout)).toEqual(blockValues(layout));
    const chart = await page.evaluate(() => window.fakeExcel.sheet("Avveckling 2027").charts.map((c) => ({ names: c.seriesNames, legend: c.legendVisible })));
    expect(chart).toEqual([{ names: ["Före", "Efter"], legend: true }]);
    const kr = (value: number) => formatAmount(value, "sv").replace(/\s+/g, " ");
    const rows = (await page.getByRole("table", { name: uiText("sv", "exitRemaining", { party: "Borgholm" }) }).getByRole("row").allInnerTexts()).map((row) => row.replace(/\s+/g, " ").trim());
    expect(rows).toEqual([`${sv.exitBefore} ${kr(split.remaining[0].before)}`, `${sv.exitAfter} ${kr(split.remaining[0].after)}`]);
    await shoot(page, "avveckling");
  });

  it("Kontroll: lists the checks of the workbook (the report just written is current)", async () => {
    await page.getByRole("tab", { name: sv.tabChecks }).click();
    await page.getByRole("button", { name: sv.checksRun }).click();
    const now = new Date();
    const expected = checkWorkbook(tables, undefined, { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
    // The example's open re-invoicing and its financing line off the key are among them.
    expect(expected.map((finding) => finding.problem.code)).toEqual(expect.arrayContaining(["reinvoicingOpen", "financingDiffers"]));
    if (expected.length === 0) await seeText(page, sv.checksNone);
    else await seeText(page, `${expected.length} anmärkningar`);
    await shoot(page, "kontroll");
  });

  it("Funktioner: lists the functions in Swedish and inserts an example into the active cell", async () => {
    await page.getByRole("tab", { name: sv.tabFunctions }).click();
    await page.getByRole("button", { name: "OIT.NYCKEL" }).click();
    await page.getByRole("button", { name: /Infoga exemplet =OIT\.NYCKEL/ }).click();
    await seeText(page, sv.functionsInserted);
    await shoot(page, "funktioner");
    const active = await page.evaluate(() => {
      const host = window.fakeExcel;
      return host.valuesAt(host.activeSheet(), { row: 0, column: 0, rowCount: 1, columnCount: 1 })[0][0];
    });
    expect(active).toMatch(/^=OIT\.NYCKEL\(.*;.*\)$/);
  });

  it("Skicka en kopia: the production bundle freezes the workbook's file and opens the copy", async () => {
    const file = oitWorkbook();
    await page.evaluate((bytes) => void (window.fakeExcel.files.content = new Uint8Array(bytes)), Array.from(file));
    await page.getByRole("button", { name: sv.sendCopyRun }).click();
    await seeText(page, uiText("sv", "sendCopyDone", { count: oitCells.length }));
    await shoot(page, "skicka-kopia");
    const opened = await page.evaluate(() => window.fakeExcel.files.created.map((bytes) => Array.from(bytes)));
    expect(opened).toHaveLength(1);
    expect(Buffer.from(opened[0]).equals(Buffer.from(freezeWorkbook(file).bytes))).toBe(true);
    expect(await page.evaluate(() => window.fakeExcel.files.open)).toBe(0);
  });
});

describe("the task pane in English, over a workbook with errors", () => {
  it("is English under en-US and lists every bad ledger cell with a button that selects it", async () => {
    const ledger = tables.find((t) => t.name === "Underlag")!;
    const utfall = ledger.headers.findIndex((h) => /^utfall/i.test(h));
    const broken = tables.map((t) => (t === ledger ? { ...t, rows: t.rows.map((row, i) => (i === 2 ? row.map((v, c) => (c === utfall ? "tio" : v)) : row)) } : t));
    const page = await openPane(broken, "en-US");
    await page.getByRole("tab", { name: uiStrings.en.tabChecks }).click();
    await page.getByRole("button", { name: uiStrings.en.checksRun }).click();
    const expected = checkWorkbook(broken);
    expect(expected.some((f) => f.problem.code === "notANumber")).toBe(true);
    await seeText(page, `${expected.length} findings`);
    const address = expected.find((f) => f.problem.code === "notANumber")!.problem.where!.address!;
    await page.getByRole("button", { name: `${uiStrings.en.goToCell} ${address}` }).click();
    const selection = await page.evaluate(() => window.fakeSelection());
    expect(selection).toEqual(splitAddress(address));
    await shoot(page, "checks-en");
    expect(blocked).toEqual([]);
  });
});

/** The responsibility a line is booked on in the financial system: the board's shared unit, or a party's own. */
function ansvarOf(allocation: unknown): string {
  return allocation === "Gemensam" ? "1700" : "1790";
}

/**
 * The economist's own workbook before the import: the example's settings, key, profiles, causes and
 * forecasts in Prognos, rules in Mappning for the export below, but no ledger yet (the export is to make it).
 */
function importWorkbook(example: TableData[]): TableData[] {
  const ledger = example.find((t) => t.name === "Underlag")!;
  const konto = ledger.headers.indexOf("Konto");
  const rad = ledger.headers.indexOf("Rad");
  const fordelning = ledger.headers.indexOf("Fördelning");
  const rules = [...ledger.rows.map((row) => [String(row[konto]), ansvarOf(row[fordelning]), row[rad], row[fordelning]]), ["1000-2999", "", "", "Exkluderas"]];
  const prognos = { name: "Prognos", sheet: "Prognos", headers: ["Rad", "Fördelning", "Årsprognos", "Kommentar"], rows: [["Personalkostnader", "Gemensam", 14600000, "två vakanser"]], origin: { row: 1, column: 0 } };
  return [
    // The example's own rules are for its own export: these are for the one made below.
    ...example.filter((t) => t !== ledger && t.name !== "Mappning"),
    { name: "Mappning", sheet: "Regler", headers: ["Konto", "Ansvar", "Rad", "Fördelning"], rows: rules, origin: { row: 1, column: 0 } },
    ...(example.some((t) => t.name === "Prognos") ? [] : [prognos]),
  ];
}

/**
 * The financial system's export of the example's ledger, as a Windows-1252 CSV with a title line:
 * one code string per account (Ansvar 1700 shared, 1790 a party's own), two balance-sheet accounts that a rule leaves out, and
 * one account (7990) no rule takes.
 */
function exportFile(example: TableData[]): { name: string; mimeType: string; buffer: Buffer } {
  const ledger = example.find((t) => t.name === "Underlag")!;
  const at = (name: string) => ledger.headers.findIndex((h) => h.startsWith(name));
  const kr = (value: unknown) => String(value).replace(".", ",");
  const lines = ledger.rows.map((row) => [row[at("Konto")], ansvarOf(row[at("Fördelning")]), row[at("Rad")], kr(row[at("Årsbudget")]), kr(row[at("Utfall")]), kr(row[at("Årsprognos")])]);
  const text = [
    "Huvudbok Ölands IT-nämnd, jan–aug 2027",
    "Konto;Ansvar;Kontotext;Budget helår;Utfall ack;Prognos helår",
    ...lines.map((line) => line.join(";")),
    "1930;1700;Företagskonto;0;1 234 567,89;0",
    "2440;1700;Leverantörsskulder;0;-456 789,01;0",
    "7990;1700;Övriga främmande tjänster;60 000;41 250,50;60 000",
  ].join("\r\n");
  return { name: "huvudbok-2027-08.csv", mimeType: "text/csv", buffer: encode(text, "win1252") };
}

async function chooseExport(page: Page, file: ReturnType<typeof exportFile>) {
  await page.locator('input[type="file"]').setInputFiles(file);
}

/** The table as read back from the fake workbook, with its sheet. */
async function tableOf(page: Page, name: string): Promise<TableData> {
  return page.evaluate((tableName) => {
    const host = window.fakeExcel;
    const t = host.findTable(tableName)!;
    const headers = host.valuesAt(t.sheet, { row: t.headerRow, column: t.column, rowCount: 1, columnCount: t.columnCount })[0].map(String);
    const rows = host.valuesAt(t.sheet, { row: t.headerRow + 1, column: t.column, rowCount: t.rowCount, columnCount: t.columnCount });
    return { name: t.name, sheet: t.sheet.name, headers, rows, origin: { row: t.headerRow + 1, column: t.column } };
  }, name);
}

/** The economist completes the draft rule in the last row of Mappning, as they would type it. */
async function completeDraftRule(page: Page, line: string, allocation: string) {
  await page.evaluate(
    ([rad, fordelning]) => {
      const host = window.fakeExcel;
      const t = host.findTable("Mappning")!;
      const headers = host.valuesAt(t.sheet, { row: t.headerRow, column: t.column, rowCount: 1, columnCount: t.columnCount })[0];
      const row = t.headerRow + t.rowCount;
      for (const [header, value] of [["Rad", rad], ["Fördelning", fordelning]]) {
        const column = t.column + headers.indexOf(header);
        t.sheet.cells.set(`${row},${column}`, { ...host.cellAt(t.sheet, row, column), value });
      }
    },
    [line, allocation]
  );
}

/** Prognos as the user sees it: its sheet's cells and the table. */
async function prognosState(page: Page): Promise<unknown> {
  return page.evaluate(() => {
    const snapshot = window.fakeExcel.snapshot();
    return { sheet: snapshot.sheets.find((s) => s.name === "Prognos"), table: snapshot.tables.find((t) => t.name === "Prognos") };
  });
}

/** What the import must write: the engine's ledger from the workbook's tables as they are in the page. */
async function expectedLedger(page: Page, seed: TableData[], file: ReturnType<typeof exportFile>): Promise<unknown[][]> {
  const tablesNow = [...seed.filter((t) => t.name !== "Mappning"), await tableOf(page, "Mappning")];
  const bytes = new Uint8Array(file.buffer);
  const result = importFromTables(tablesNow, readExportFile(bytes, file.name, importSettingsOf(tablesNow)));
  const cells = ledgerSheetRows(result);
  return [cells.headers, ...cells.rows.map((row) => row.map((value) => value ?? ""))];
}

async function writtenLedger(page: Page): Promise<unknown[][]> {
  const ledger = await tableOf(page, "Underlag");
  return [ledger.headers, ...ledger.rows];
}

describe("Import in Chromium: the financial system's export to the ledger Underlag", () => {
  let page: Page;
  let seed: TableData[];
  let file: ReturnType<typeof exportFile>;
  /** The example's accounts, two balance-sheet accounts and the one without a rule. */
  let exportRows: number;
  beforeAll(async () => {
    const example = await exampleTables();
    seed = importWorkbook(example);
    file = exportFile(example);
    exportRows = example.find((t) => t.name === "Underlag")!.rows.length + 3;
    page = await openPane(seed, "sv-SE");
    await page.getByRole("tab", { name: sv.tabImport }).click();
  });

  it("reads the chosen file, says what it recognised and lists the code string no rule takes", async () => {
    await chooseExport(page, file);
    await seeText(page, uiText("sv", "importUnmappedTitle", { count: 1 }));
    const recognised = await page.getByRole("table", { name: sv.importRecognised }).getByRole("row").allInnerTexts();
    expect(recognised.map((row) => row.replace(/\s+/g, " ").trim())).toEqual([
      "Format CSV/text (huvudbok-2027-08.csv)",
      "Teckenkodning Windows-1252",
      "Avgränsare semikolon",
      "Decimaltecken komma",
      "Rubrikrad rad 2",
      "Titelrader ovanför 1",
      "År 2027",
      `Lästa rader ${exportRows}`,
    ]);
    const unmapped = await page.getByRole("list", { name: sv.importUnmappedList }).getByRole("listitem").allInnerTexts();
    expect(unmapped.map((item) => item.replace(/\s+/g, " ").trim())).toEqual([
      "Konto 7990, Ansvar 1700 Övriga främmande tjänster Utfall 41 250,50 · Årsbudget 60 000,00 · Årsprognos 60 000,00 Lägg till regel",
    ]);
    expect(await page.getByRole("button", { name: sv.importWrite }).isDisabled()).toBe(true);
    await shoot(page, "import");
  });

  it("turns the unmapped code string into a draft rule at the end of Mappning", async () => {
    const before = await tableOf(page, "Mappning");
    await page.getByRole("button", { name: uiText("sv", "importAddRuleFor", { codes: "Konto 7990, Ansvar 1700" }) }).click();
    await seeText(page, uiText("sv", "importRuleAdded", { row: before.rows.length + 1, sheet: "Regler" }));
    const after = await tableOf(page, "Mappning");
    expect(after.rows).toEqual([...before.rows, ["7990", "1700", "", ""]]);
  });

  it("writes the ledger once the economist has completed the rule; the reconciliation holds", async () => {
    await completeDraftRule(page, "Övriga kostnader", "Gemensam");
    await page.getByRole("button", { name: sv.importReadAgain }).click();
    await seeText(page, sv.importReconciles);
    const prognos = await prognosState(page);
    await page.getByRole("button", { name: sv.importWrite }).click();
    await seeText(page, /Tabellen Underlag på bladet Underlag är skriven med \d+ rader/);
    await shoot(page, "import-skrivet");
    expect(await writtenLedger(page)).toEqual(await expectedLedger(page, seed, file));
    expect(await prognosState(page)).toEqual(prognos);
  });

  it("a re-import replaces the add-in's ledger sheet, and Prognos stays as it was", async () => {
    const prognos = await prognosState(page);
    await chooseExport(page, file);
    await seeText(page, sv.importReconciles);
    await page.getByRole("button", { name: sv.importWrite }).click();
    await seeText(page, sv.importReplaced);
    expect(await page.evaluate(() => window.fakeExcel.sheetNames().filter((name) => /^(Underlag|OIT tmp)/.test(name)))).toEqual(["Underlag"]);
    expect(await writtenLedger(page)).toEqual(await expectedLedger(page, seed, file));
    expect(await prognosState(page)).toEqual(prognos);
  });

  it("from a line of the report written from it, filters Underlag to the ledger rows behind the line", async () => {
    await page.getByRole("tab", { name: sv.tabReport }).click();
    await page.getByRole("button", { name: sv.reportWrite }).click();
    await seeText(page, /är skrivet med \d+ tabeller/);
    const tablesNow = [...seed.filter((t) => t.name !== "Mappning"), await tableOf(page, "Mappning"), await tableOf(page, "Underlag")];
    const layout = layoutReport(reportFromTables(tablesNow));
    expect(await sheetBlocks(page, layout)).toEqual(blockValues(layout));
    await page.evaluate(({ sheetName, title }) => {
      const host = window.fakeExcel;
      const sheet = host.sheet(sheetName);
      const labels = host.valuesAt(sheet, { row: 0, column: 0, rowCount: 200, columnCount: 1 }).map((row) => row[0]);
      const row = labels.indexOf("Personalkostnader", labels.indexOf(title));
      host.selection = { sheet, rect: { row, column: 2, rowCount: 1, columnCount: 1 } };
    }, { sheetName: layout.sheetName, title: SHARED_TITLE });
    await page.getByRole("tab", { name: sv.tabImport }).click();
    await page.getByRole("button", { name: sv.importTraceShow }).click();
    const ledger = await tableOf(page, "Underlag");
    const behind = ledger.rows.flatMap((row, i) => (row[0] === "Personalkostnader" && row[1] === "Gemensam" ? [i] : []));
    expect(behind.length).toBeGreaterThan(1);
    await seeText(page, uiText("sv", "importTraceShown", { rows: behind.length, line: "Personalkostnader", allocation: "Gemensam" }));
    const shown = await page.evaluate(() => {
      const host = window.fakeExcel;
      const t = host.findTable("Underlag")!;
      return { visible: host.visibleRows(t), active: host.activeSheet().name };
    });
    expect(shown).toEqual({ visible: behind, active: "Underlag" });
    await shoot(page, "import-spårning");
  });
});

describe("Import in English", () => {
  it("is English under en-US: the file read, a draft rule added, the ledger written, Prognos untouched", async () => {
    const example = await exampleTables();
    const seed = importWorkbook(example);
    const file = exportFile(example);
    const page = await openPane(seed, "en-US");
    const en = uiStrings.en;
    await page.getByRole("tab", { name: en.tabImport }).click();
    await chooseExport(page, file);
    await seeText(page, uiText("en", "importUnmappedTitle", { count: 1 }));
    await page.getByRole("button", { name: uiText("en", "importAddRuleFor", { codes: "Konto 7990, Ansvar 1700" }) }).click();
    await seeText(page, /Rule added to the table Mappning, row \d+ on the sheet Regler/);
    await shoot(page, "import-en");
    await completeDraftRule(page, "Övriga kostnader", "Gemensam");
    const prognos = await prognosState(page);
    await page.getByRole("button", { name: en.importReadAgain }).click();
    await seeText(page, en.importReconciles);
    await page.getByRole("button", { name: en.importWrite }).click();
    await seeText(page, /The table Underlag on the sheet Underlag was written with \d+ rows/);
    expect(await writtenLedger(page)).toEqual(await expectedLedger(page, seed, file));
    expect(await prognosState(page)).toEqual(prognos);
    expect(blocked).toEqual([]);
  });
});

/** The cells of a sheet of the fake workbook from A1, as many rows and columns as the plan and report use. */
async function sheetCells(page: Page, sheetName: string): Promise<unknown[][]> {
  return page.evaluate((name) => {
    const host = window.fakeExcel;
    return host.valuesAt(host.sheet(name), { row: 0, column: 0, rowCount: 400, columnCount: 8 });
  }, sheetName);
}

/** The figures of the first row labelled `label` below the row whose first cell is `title`. */
function rowBelow(cells: unknown[][], title: string, label: string): unknown[] {
  const top = cells.findIndex((row) => row[0] === title);
  expect(top).toBeGreaterThanOrEqual(0);
  const row = cells.slice(top + 1).find((candidate) => candidate[0] === label);
  if (!row) throw new Error(`no row ${label} under ${title}`);
  return row.slice(1);
}

/** A column of one of the test's input tables, by header, for the rows `keep` takes. */
function columnOf(table: TableData, header: string, keep: (row: unknown[]) => boolean = () => true): number[] {
  const at = table.headers.indexOf(header);
  expect(at).toBeGreaterThanOrEqual(0);
  return table.rows.filter(keep).map((row) => Number(row[at] ?? 0));
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/** The economist types a new annual forecast for a line of Prognos, as in Excel. */
async function typeForecast(page: Page, line: string, forecast: number) {
  await page.evaluate(
    ([rad, value]) => {
      const host = window.fakeExcel;
      const t = host.findTable("Prognos")!;
      const headers = host.valuesAt(t.sheet, { row: t.headerRow, column: t.column, rowCount: 1, columnCount: t.columnCount })[0];
      const rows = host.valuesAt(t.sheet, { row: t.headerRow + 1, column: t.column, rowCount: t.rowCount, columnCount: t.columnCount });
      const row = t.headerRow + 1 + rows.findIndex((cells) => cells[headers.indexOf("Rad")] === rad && cells[headers.indexOf("Fördelning")] === "Gemensam");
      const column = t.column + headers.indexOf("Årsprognos");
      t.sheet.cells.set(`${row},${column}`, { ...host.cellAt(t.sheet, row, column), value });
    },
    [line, forecast] as const
  );
}

describe.each([
  ["sv-SE", "sv"],
  ["en-US", "en"],
] as const)("Budget och plan and a locked forecast through the pane in Chromium (%s)", (displayLanguage, language) => {
  const strings = uiStrings[language];
  let page: Page;
  let seed: TableData[];
  beforeAll(async () => {
    // The example without its locked version: the pane locks T1 2027 itself.
    seed = (await exampleTables()).filter((t) => t.name !== "Prognoshistorik" && t.name !== "Prognoslås");
    page = await openPane(seed, displayLanguage);
    await page.getByRole("tab", { name: strings.tabReport }).click();
  });

  it("writes Budget och plan: the committee's Total is the shared and own Totals as displayed, the figures those of Budgetplan and Prioriteringar", async () => {
    await page.getByRole("button", { name: strings.planWrite }).click();
    const sheetName = "Budget och plan 2027–2029";
    await seeText(page, uiText(language, "invoicesWritten", { sheet: sheetName }));
    const cells = await sheetCells(page, sheetName);
    const ownTitles = cells.map((row) => row[0]).filter((label): label is string => typeof label === "string" && /^Varav .+ egna kostnader$/.test(label));
    expect(ownTitles).toHaveLength(2);
    const committee = rowBelow(cells, COMMITTEE_TITLE, "Total").map(Number);
    const parts = [SHARED_TITLE, ...ownTitles].map((title) => rowBelow(cells, title, "Total").map(Number));
    for (const year of [0, 1, 2]) expect(committee[year]).toBe(sum(parts.map((part) => part[year])));

    // Computed here from the input tables, in kr: the shared net cost of Plan 2028 and the proposals of 2028.
    const plan = seed.find((t) => t.name === "Budgetplan")!;
    const shared2028 = sum(columnOf(plan, "Plan 2028", (row) => row[plan.headers.indexOf("Fördelning")] === "Gemensam")) / 1000;
    expect(Math.abs(parts[0][1] - shared2028)).toBeLessThan(1);
    const priorities = seed.find((t) => t.name === "Prioriteringar")!;
    const proposed = sum(columnOf(priorities, "2028")) / 1000;
    const sharedProposals = sum(columnOf(priorities, "2028", (row) => row[priorities.headers.indexOf("Fördelning")] === "Gemensam")) / 1000;
    expect(rowBelow(cells, "Prioriteringar", "Totalt förslag")[0]).toBe(proposed);
    expect(rowBelow(cells, "Prioriteringar", "Varav delas mellan kommunerna")[0]).toBe(sharedProposals);
    // 2028 has no key of its own: Borgholm's part is by the latest decided one (the example's 2027 key).
    const keys = seed.find((t) => t.name === "Fördelningsnycklar")!;
    const latest = Math.max(...columnOf(keys, "År").filter((year) => year <= 2028));
    const share = columnOf(keys, "Andel", (row) => row[0] === latest && row[1] === "Borgholm")[0];
    expect(rowBelow(cells, "Prioriteringar", "varav Borgholm")[0]).toBe(Math.round(sharedProposals * share));
    await shoot(page, `budget-och-plan-${language}`);
  });

  it("locks T1 2027; after a forecast is changed the report shows the change since T1 2027 and says it in the analysis", async () => {
    await page.getByRole("textbox", { name: strings.lockLabel }).fill("T1 2027");
    await page.getByRole("button", { name: strings.lockWrite }).click();
    await seeText(page, language === "sv" ? "Låste ”T1 2027”" : "Locked “T1 2027”");
    const prognos = seed.find((t) => t.name === "Prognos")!;
    const licenser = columnOf(prognos, "Årsprognos", (row) => row[0] === "Licenser" && row[1] === "Gemensam")[0];
    await typeForecast(page, "Licenser", licenser + 250_000);

    await page.getByRole("button", { name: strings.reportWrite }).click();
    await seeText(page, language === "sv" ? /är skrivet med \d+ tabeller/ : /was written with \d+ tables/);
    const sheetName = await page.evaluate(() => window.fakeExcel.sheetNames().find((name) => name.startsWith("Rapport "))!);
    const cells = await sheetCells(page, sheetName);
    const title = "Förändring av årsprognosen sedan T1 2027";
    expect(rowBelow(cells, title, "Licenser")).toEqual([licenser / 1000, licenser / 1000 + 250, 250, "", "", "", ""]);
    const total = rowBelow(cells, title, "Total").map(Number);
    expect(total[2]).toBe(250);
    expect(total[1] - total[0]).toBe(250);
    const text = cells.flat().filter((cell): cell is string => typeof cell === "string");
    expect(text.some((cell) => cell.startsWith("Årsprognosen har sedan T1 2027 ändrats med +250 tkr") && cell.includes("Mest har Licenser (+250 tkr) ändrats."))).toBe(true);
    await shoot(page, `prognosforandring-${language}`);
  });
});
