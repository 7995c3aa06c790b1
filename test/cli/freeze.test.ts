import { execFileSync } from "child_process";
import { mkdirSync, readFileSync, writeFileSync } from "fs";
import * as path from "path";
import { readZip } from "../../src/xlsx/zip";
import { cached, oitCells, oitWorkbook } from "../xlsx/oitWorkbook";
import { runCli, sha256, tempDir } from "./helpers";

/** LibreOffice recalculates everything on load (OOXMLRecalcMode 0): what someone without the add-in sees. */
jest.setTimeout(90_000);

let dir: string;
let input: string;
let frozen: string;

const RECALCULATE_ON_LOAD = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>`;

/** The first sheet as LibreOffice computes it, cell by cell ("B2" → its text in the CSV). */
function recalculated(file: string): Map<string, string> {
  const profile = path.join(dir, `lo-${Math.random().toString(36).slice(2)}`);
  mkdirSync(path.join(profile, "user"), { recursive: true });
  writeFileSync(path.join(profile, "user", "registrymodifications.xcu"), RECALCULATE_ON_LOAD);
  const outdir = path.join(dir, `csv-${path.basename(file, ".xlsx")}`);
  execFileSync(
    "soffice",
    ["--headless", "--norestore", `-env:UserInstallation=file://${profile}`, "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,false,1", "--outdir", outdir, file],
    { stdio: "pipe", timeout: 60_000 }
  );
  const csv = readFileSync(path.join(outdir, `${path.basename(file, ".xlsx")}-Nyckel.csv`), "utf8");
  const cells = new Map<string, string>();
  csv.split(/\r?\n/).forEach((line, row) =>
    line.split(",").forEach((value, column) => cells.set(`${String.fromCharCode(65 + column)}${row + 1}`, value.replace(/^"|"$/g, "")))
  );
  return cells;
}

/** A cell's text as LibreOffice shows it (44.7%, TRUE) back to the value it stands for. */
function valueOf(text: string | undefined, like: number | string | boolean): number | string | boolean | undefined {
  if (text === undefined || typeof like === "string") return text;
  if (typeof like === "boolean") return text === "TRUE" ? true : text === "FALSE" ? false : text;
  const percent = text.endsWith("%");
  const figure = Number(percent ? text.slice(0, -1) : text);
  return Number.isNaN(figure) ? text : Math.round((percent ? figure / 100 : figure) * 1e9) / 1e9;
}

beforeAll(async () => {
  dir = tempDir();
  input = path.join(dir, "budget.xlsx");
  frozen = path.join(dir, "skickas.xlsx");
  writeFileSync(input, oitWorkbook());
});

test("oit-budget freeze writes the copy, says how many cells it froze, and leaves the workbook as it was", async () => {
  const before = sha256(input);
  const run = await runCli(["freeze", input, "--out", frozen]);
  expect(run.stderr).toBe("oit-budget: varning: Namnen Nyckeln anropar OIT-funktioner och fungerar inte utan tillägget (cellerna som använder dem har fått sina värden)\n");
  expect(run.stdout).toBe(`Skrev ${frozen}: ${oitCells.length} celler med OIT-formler har nu sina värden\n`);
  expect(run.code).toBe(0);
  expect(sha256(input)).toBe(before);
  expect(readZip(readFileSync(frozen)).map((entry) => entry.name)).toEqual(readZip(readFileSync(input)).map((entry) => entry.name));
});

test("--lang en: the command's lines in English", async () => {
  const run = await runCli(["freeze", input, "--out", path.join(dir, "copy-en.xlsx"), "--lang", "en"]);
  expect(run.stdout).toBe(`Wrote ${path.join(dir, "copy-en.xlsx")}: ${oitCells.length} cells with OIT formulas now hold their values\n`);
  expect(run.stderr).toMatch(/^oit-budget: warning: The names Nyckeln call OIT functions/);
});

test("freeze needs --out", async () => {
  const run = await runCli(["freeze", input]);
  expect(run.code).toBe(2);
  expect(run.stderr).toBe("oit-budget: Ange kopian: oit-budget freeze <arbetsbok.xlsx> --out <kopia.xlsx>\n");
});

test("recalculated by LibreOffice, the frozen copy shows every figure as before; the workbook itself shows errors", () => {
  const copy = recalculated(frozen);
  for (const [cell, value] of Object.entries(cached)) expect({ cell, value: valueOf(copy.get(cell), value) }).toEqual({ cell, value });
  const original = recalculated(input);
  for (const cell of oitCells) expect({ cell, shown: original.get(cell) }).toEqual({ cell, shown: expect.stringMatching(/^(#NAME\?|Err:\d+|#VALUE!|#REF!)$/) });
  // The formulas that never called the add-in still calculate in both.
  expect(original.get("H2")).toBe("3800");
});
