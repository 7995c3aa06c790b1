import { execFileSync } from "child_process";
import { readFileSync, readdirSync } from "fs";
import * as path from "path";
import { EXAMPLE_WORKBOOK } from "../../src/cli/main";
import { REPORT_MARKER_NAME } from "../../src/core/report/marker";
import { exampleVariant, loadWorkbook, runCli, tempDir } from "./helpers";

/** `oit-budget settle` and `oit-budget exit` on real .xlsx files (workbook.md "Money between the members", "A member leaves"). */
jest.setTimeout(60_000);

interface Member {
  party: string;
  share: number;
  advances: number[];
  reinvoicing: { booked: number; invoiced: number; open: number };
  trueUps: number[];
  proposedTrueUp?: number;
  actualCost: number;
  invoiced: number;
  settlement: number;
}

let dir: string;

beforeAll(() => {
  dir = tempDir();
});

async function settle(file: string, ...flags: string[]) {
  return runCli(["settle", file, "--json", "--out", path.join(dir, `settle-${Math.random().toString(36).slice(2)}.xlsx`), ...flags]);
}

/** A sheet of a file as LibreOffice computes and exports it: rows of cells. */
function libreOfficeCsv(file: string, sheet: string, sheets: string[]): string[][] {
  const out = path.join(dir, `lo-${Math.random().toString(36).slice(2)}`);
  const profile = `file://${path.join(dir, `lo-profile-${Math.random().toString(36).slice(2)}`)}`;
  const index = sheets.indexOf(sheet) + 1;
  expect(index).toBeGreaterThan(0);
  execFileSync("soffice", ["--headless", "--norestore", `-env:UserInstallation=${profile}`, "--convert-to", `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,${index}`, "--outdir", out, file], { stdio: "pipe", timeout: 50_000 });
  const csv = readdirSync(out).find((name) => name.endsWith(".csv")) as string;
  return readFileSync(path.join(out, csv), "utf8").split(/\r?\n/).map((line) => line.split(",").map((cell) => cell.replace(/^"|"$/g, "")));
}

function rowOf(rows: string[][], label: string, after: string): number[] {
  const start = rows.findIndex((cells) => cells[0] === after);
  const row = rows.slice(start).find((cells) => cells[0] === label) as string[];
  return row.slice(1).filter((cell) => cell !== "").map(Number);
}

describe("oit-budget settle", () => {
  it("prints each member's account as workbook.md's JSON, invoiced + settlement = actualCost to the krona", async () => {
    const run = await settle(EXAMPLE_WORKBOOK);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as { year: number; throughMonth: number; basis: string; members: Member[] };
    expect(Object.keys(json)).toEqual(["year", "throughMonth", "basis", "members"]);
    expect(json).toMatchObject({ year: 2027, throughMonth: 8, basis: "forecast" });
    expect(json.members.map((m) => m.party)).toEqual(["Borgholm", "Mörbylånga"]);
    const [borgholm, morbylanga] = json.members;
    expect(morbylanga.advances).toEqual([3474912, 3474911, 3474911, 3474911]);
    expect(morbylanga.reinvoicing).toEqual({ booked: 186400, invoiced: 120000, open: 66400 });
    // Three quarters' Förskott rows and one Vidarefakturering row were sent to Mörbylånga.
    expect(morbylanga.invoiced).toBe(3 * 3474912 + 120000);
    expect(borgholm.reinvoicing).toEqual({ booked: 0, invoiced: 0, open: 0 });
    for (const member of json.members) {
      expect(member.invoiced + member.settlement).toBe(member.actualCost);
      expect(Number.isInteger(member.actualCost)).toBe(true);
    }
  });

  it("writes the sheet Avräkning 2027 into a copy, marked as the add-in's, and a rerun replaces only its own sheet", async () => {
    const user = await exampleVariant(dir, "user-sheet.xlsx", (workbook) => {
      workbook.addWorksheet("Avräkning 2027").getCell("A1").value = "Mina anteckningar";
    });
    const first = path.join(dir, "first.xlsx");
    expect((await runCli(["settle", user, "--out", first])).code).toBe(0);
    const second = path.join(dir, "second.xlsx");
    expect((await runCli(["settle", first, "--out", second])).code).toBe(0);
    const workbook = await loadWorkbook(second);
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names.filter((name) => name.startsWith("Avräkning 2027"))).toEqual(["Avräkning 2027", "Avräkning 2027 (2)"]);
    expect(workbook.getWorksheet("Avräkning 2027")?.getCell("A1").value).toBe("Mina anteckningar");
    const marked = (workbook.definedNames.model as { name: string; ranges: string[] }[]).filter((n) => n.name === REPORT_MARKER_NAME).flatMap((n) => n.ranges);
    // The add-in's marker names its own sheet alone; the user's Avräkning 2027 stays unmarked.
    expect(marked).toEqual(["'Avräkning 2027 (2)'!$A$1"]);
  });

  it("stops with exit code 2 and a sentence naming the row of a Fakturerat row for an unknown party", async () => {
    const file = await exampleVariant(dir, "bad-invoice.xlsx", (workbook) => {
      workbook.getWorksheet("Fakturerat")?.getTable("Fakturerat").addRow(["Kalmar", new Date(Date.UTC(2027, 1, 1)), "Förskott", 10]);
      workbook.getWorksheet("Fakturerat")?.getTable("Fakturerat").commit();
    });
    const run = await settle(file);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Kalmar.*rad 8 i tabellen Fakturerat/);
    const english = await settle(file, "--lang", "en");
    expect(english.stderr).toMatch(/Kalmar.*row 8 of the table Fakturerat/);
  });

  it("LibreOffice opens the sheet with the figures of the JSON", async () => {
    const out = path.join(dir, "lo-settle.xlsx");
    const json = JSON.parse((await runCli(["settle", EXAMPLE_WORKBOOK, "--json", "--out", out])).stdout) as { members: Member[] };
    const sheets = (await loadWorkbook(out)).worksheets.map((sheet) => sheet.name);
    const rows = libreOfficeCsv(out, "Avräkning 2027", sheets);
    json.members.forEach((member) => {
      expect(rowOf(rows, member.party, "Förskott")).toEqual([...member.advances, member.advances.reduce((a, b) => a + b, 0)]);
      expect(rowOf(rows, member.party, "Vidarefakturering")).toEqual([member.reinvoicing.booked, member.reinvoicing.invoiced, member.reinvoicing.open]);
      expect(rowOf(rows, member.party, "Årsavstämning och slutreglering")).toEqual([member.actualCost, member.invoiced, member.settlement]);
    });
  });
});

describe("oit-budget exit", () => {
  interface Exit {
    items: { label: string; amount: number; parts: { party: string; amount: number }[] }[];
    totals: { party: string; amount: number }[];
    remaining: { party: string; before: number; after: number; lines: { label: string; before: number; after: number }[] }[];
  }

  it("prints workbook.md's JSON: the Avveckling items split exactly, the remaining party's cost before and after", async () => {
    const run = await runCli(["exit", EXAMPLE_WORKBOOK, "--party", "Mörbylånga", "--json", "--out", path.join(dir, "exit.xlsx")]);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as Exit & Record<string, unknown>;
    expect(Object.keys(json)).toEqual(["year", "party", "key", "items", "totals", "remaining"]);
    expect(json).toMatchObject({ year: 2027, party: "Mörbylånga" });
    for (const item of json.items) expect(item.parts.reduce((sum, part) => sum + part.amount, 0)).toBe(item.amount);
    expect(json.items[0].parts).toEqual([
      { party: "Borgholm", amount: 554280 },
      { party: "Mörbylånga", amount: 685720 },
    ]);
    const [borgholm] = json.remaining;
    expect(borgholm.party).toBe("Borgholm");
    expect(borgholm.before).toBe(borgholm.lines.reduce((sum, line) => sum + line.before, 0));
    // Premises stay whole (Kvarstår blank): Borgholm carries all of them after.
    expect(borgholm.lines.find((line) => line.label === "Lokalkostnader")).toEqual({ label: "Lokalkostnader", before: 822480, after: 1840000 });
  });

  it("refuses the host, a party that is not a member and a missing --party, with exit code 2", async () => {
    const host = await runCli(["exit", EXAMPLE_WORKBOOK, "--party", "Borgholm", "--out", path.join(dir, "x.xlsx")]);
    expect(host.code).toBe(2);
    expect(host.stderr).toContain("värdkommun");
    const unknown = await runCli(["exit", EXAMPLE_WORKBOOK, "--party", "Kalmar", "--lang", "en", "--out", path.join(dir, "x.xlsx")]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("“Kalmar” is not a party");
    const missing = await runCli(["exit", EXAMPLE_WORKBOOK]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("--party");
  });

  it("LibreOffice opens the sheet Avveckling 2027 with the figures of the JSON", async () => {
    const out = path.join(dir, "lo-exit.xlsx");
    const json = JSON.parse((await runCli(["exit", EXAMPLE_WORKBOOK, "--party", "Mörbylånga", "--json", "--out", out])).stdout) as Exit;
    const sheets = (await loadWorkbook(out)).worksheets.map((sheet) => sheet.name);
    const rows = libreOfficeCsv(out, "Avveckling 2027", sheets);
    for (const item of json.items) expect(rowOf(rows, item.label, "Post").slice(-3)).toEqual([item.amount, ...item.parts.map((part) => part.amount)]);
    const [borgholm] = json.remaining;
    for (const line of borgholm.lines) expect(rowOf(rows, line.label, "Rad")).toEqual([line.before, line.after]);
    expect(rowOf(rows, "Borgholm", "Part")).toEqual([borgholm.before, borgholm.after]);
  });
});
