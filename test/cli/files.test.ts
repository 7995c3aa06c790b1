import { promises as fsp, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "fs";
import { constants } from "os";
import * as path from "path";
import { strToU8, zipSync } from "fflate";
import { EXAMPLE_WORKBOOK } from "../../src/cli/main";
import { LIMITS } from "../../src/cli/files";
import { exampleVariant, figureRows, loadWorkbook, runCli, sha256, soffice, tempDir } from "./helpers";
import { parts as oitParts } from "../xlsx/oitWorkbook";

jest.setTimeout(60_000);

let dir: string;
beforeAll(() => {
  dir = tempDir();
});

/** Node's errno codes (EACCES, ENOENT, …) as whole words: a temporary folder's random name (oit-cli-bdETST) is none. */
const ERRNO_CODE = new RegExp(`\\b(?:${Object.keys(constants.errno).join("|")})\\b`);

/** Exit 2 with one line on stderr and nothing on stdout. */
function refused(run: { code: number; stdout: string; stderr: string }): string {
  expect(run).toMatchObject({ code: 2, stdout: "" });
  expect(run.stderr).toMatch(/^oit-budget: [^\n]+\n$/);
  expect(run.stderr).not.toMatch(/internt fel|internal error/);
  expect(run.stderr).not.toMatch(ERRNO_CODE);
  return run.stderr;
}

describe("--out is never the input, by any path", () => {
  test.each(["symbolic", "hard"])("a %s link to the input is refused and the input is untouched", async (kind) => {
    const work = tempDir();
    const input = await exampleVariant(work, "budget.xlsx");
    const link = path.join(work, "länk.xlsx");
    if (kind === "symbolic") symlinkSync(input, link);
    else linkSync(input, link);
    const before = sha256(input);
    expect(refused(await runCli(["report", input, "--out", link, "--force"]))).toContain("samma fil som arbetsboken");
    expect(refused(await runCli(["freeze", input, "--out", link, "--force"]))).toContain("samma fil som arbetsboken");
    expect(sha256(input)).toBe(before);
  });

  test("the same file by another spelling of its path", async () => {
    const work = tempDir();
    const input = await exampleVariant(work, "budget.xlsx");
    const other = path.join(work, ".", "..", path.basename(work), "budget.xlsx");
    expect(refused(await runCli(["report", input, "--out", other]))).toContain("samma fil som arbetsboken");
  });
});

describe("what may be at --out", () => {
  test("an existing file that is not a report of the add-in's is kept, unless --force", async () => {
    const work = tempDir();
    const mine = await exampleVariant(work, "mitt.xlsx");
    const before = sha256(mine);
    expect(refused(await runCli(["report", EXAMPLE_WORKBOOK, "--out", mine]))).toContain("finns redan");
    expect(sha256(mine)).toBe(before);
    expect((await runCli(["report", EXAMPLE_WORKBOOK, "--out", mine, "--force"])).code).toBe(0);
    expect(sha256(mine)).not.toBe(before);
  });

  test("a report the add-in wrote is replaced", async () => {
    const out = path.join(tempDir(), "rapport.xlsx");
    expect((await runCli(["report", EXAMPLE_WORKBOOK, "--out", out, "--month", "4"])).code).toBe(0);
    expect((await runCli(["report", EXAMPLE_WORKBOOK, "--out", out])).code).toBe(0);
    expect((await loadWorkbook(out)).worksheets.map((sheet) => sheet.name)).toContain("Rapport jan–aug 2027");
  });

  test.each([
    [["--out", "{dir}"], "är en mapp"],
    [["--out", "{dir}/rapport.pdf"], "måste sluta på .xlsx"],
    [["--out", "--json"], "Flaggan --out saknar värde"],
  ])("%j is a clear error", async (flags, message) => {
    const work = tempDir();
    const run = await runCli(["report", EXAMPLE_WORKBOOK, ...flags.map((flag) => flag.replace("{dir}", work))]);
    expect(refused(run)).toContain(message);
    expect(readdirSync(work)).toEqual([]);
  });

  test("--json writes no workbook unless --out is given", async () => {
    const work = tempDir();
    const input = await exampleVariant(work, "budget.xlsx");
    const run = await runCli(["report", input, "--json"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).year).toBe(2027);
    expect(readdirSync(work)).toEqual(["budget.xlsx"]);
  });
});

describe("a write that fails leaves what was there", () => {
  afterEach(() => jest.restoreAllMocks());

  test.each([
    ["ENOSPC", "disken är full"],
    ["EROFS", "skrivskyddad"],
    ["EACCES", "behörighet saknas"],
  ])("%s: exit 2 with one line, the previous report intact, no temporary file left", async (code, message) => {
    const work = tempDir();
    const out = path.join(work, "rapport.xlsx");
    expect((await runCli(["report", EXAMPLE_WORKBOOK, "--out", out, "--month", "4"])).code).toBe(0);
    const before = sha256(out);
    const open = fsp.open.bind(fsp);
    jest.spyOn(fsp, "open").mockImplementation(async (file, flags) => {
      const handle = await open(file, flags);
      // The first chunk reaches the disk, then the file system refuses the rest.
      handle.writeFile = async (data: Uint8Array) => {
        await handle.write(data.subarray(0, 100));
        throw Object.assign(new Error(`${code}: refused, write`), { code });
      };
      return handle;
    });
    const run = await runCli(["report", EXAMPLE_WORKBOOK, "--out", out]);
    expect(refused(run)).toContain(message);
    expect(sha256(out)).toBe(before);
    expect(readdirSync(work)).toEqual(["rapport.xlsx"]);
  });
});

describe("what is not a workbook says so", () => {
  test("a folder", async () => {
    expect(refused(await runCli(["report", dir]))).toContain("är en mapp, inte en arbetsbok");
  });

  test("a path through a file is a missing file, not an errno", async () => {
    const file = path.join(dir, "vanlig.txt");
    writeFileSync(file, "x");
    expect(refused(await runCli(["report", path.join(file, "budget.xlsx")]))).toMatch(/^oit-budget: Filen .*vanlig\.txt\/budget\.xlsx finns inte\n$/);
  });

  test("CSV where a workbook is expected", async () => {
    const csv = path.join(dir, "export.csv");
    writeFileSync(csv, "Konto;Utfall\n5010;100\n");
    expect(refused(await runCli(["report", csv]))).toContain("är en textfil (CSV eller liknande)");
  });

  test("a zip without a workbook", async () => {
    const zip = path.join(dir, "arkiv.xlsx");
    writeFileSync(zip, zipSync({ "readme.txt": strToU8("inget kalkylblad här") }));
    expect(refused(await runCli(["report", zip]))).toContain("zip-paket men ingen Excel-arbetsbok");
  });

  test(".ods and .xls saved by LibreOffice", async () => {
    const work = tempDir();
    soffice(["--convert-to", "ods", EXAMPLE_WORKBOOK], work);
    soffice(["--convert-to", "xls", EXAMPLE_WORKBOOK], work);
    expect(refused(await runCli(["report", path.join(work, "budget-2027.ods")]))).toContain("OpenDocument-kalkylblad (.ods), som inte stöds");
    expect(refused(await runCli(["report", path.join(work, "budget-2027.xls"), "--lang", "en"]))).toContain("Excel 97–2003 workbook (.xls), which is not supported");
  });
});

describe("hostile sizes are refused by a stated limit before anything is inflated", () => {
  const sheetOf = (rows: string, dimension: string) =>
    oitParts["xl/worksheets/sheet2.xml"].replace('<dimension ref="A1"/>', `<dimension ref="${dimension}"/>`).replace(/<sheetData>.*<\/sheetData>/, `<sheetData>${rows}</sheetData>`);
  const workbookWith = (sheet: string) => {
    const files: Record<string, Uint8Array> = {};
    for (const [name, text] of Object.entries({ ...oitParts, "xl/worksheets/sheet2.xml": sheet })) files[name] = strToU8(text);
    return zipSync(files, { level: 9 });
  };

  test("a sheet that inflates past the limit", async () => {
    const row = '<row r="1"><c r="A1"><v>1</v></c></row>';
    const bytes = workbookWith(sheetOf(row.repeat(Math.ceil((LIMITS.partBytes + 2 ** 20) / row.length)), "A1"));
    expect(bytes.length).toBeLessThan(2 * 2 ** 20);
    const file = path.join(dir, "stor.xlsx");
    writeFileSync(file, bytes);
    const started = Date.now();
    expect(refused(await runCli(["report", file]))).toMatch(/bladet Anteckningar \(xl\/worksheets\/sheet2\.xml\) packas upp till 6\d MB, gränsen är 64 MB/);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  test("a million rows, stated by the sheet or not", async () => {
    const file = path.join(dir, "utan-dimension.xlsx");
    const row = (r: number) => `<row r="${r}"><c r="A${r}"><v>1</v></c></row>`;
    writeFileSync(file, workbookWith(sheetOf(Array.from({ length: LIMITS.rows + 1 }, (_, i) => row(i + 1)).join(""), "A1")));
    expect(refused(await runCli(["report", file]))).toContain(`bladet Anteckningar (xl/worksheets/sheet2.xml) har ${LIMITS.rows + 1} rader, gränsen är 250000`);
  });

  test("a million rows", async () => {
    const file = path.join(dir, "rader.xlsx");
    writeFileSync(file, workbookWith(sheetOf('<row r="1000000"><c r="A1000000"><v>1</v></c></row>', "A1:H1000000")));
    expect(refused(await runCli(["report", file]))).toContain("bladet Anteckningar (xl/worksheets/sheet2.xml) har 1000000 rader, gränsen är 250000");
  });
});

describe("a workbook saved by LibreOffice", () => {
  test("its tables without a style are read, and the report is written", async () => {
    const work = tempDir();
    soffice(["--convert-to", "xlsx:Calc MS Excel 2007 XML", EXAMPLE_WORKBOOK], work);
    const input = path.join(work, "budget-2027.xlsx");
    const out = path.join(work, "rapport.xlsx");
    const run = await runCli(["report", input, "--out", out]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const expected = JSON.parse((await runCli(["report", EXAMPLE_WORKBOOK, "--json"])).stdout);
    expect(JSON.parse((await runCli(["report", input, "--json"])).stdout).tables).toEqual(expected.tables);
    const direct = path.join(work, "direkt.xlsx");
    expect((await runCli(["report", EXAMPLE_WORKBOOK, "--out", direct])).code).toBe(0);
    const reportSheet = async (file: string) => figureRows((await loadWorkbook(file)).getWorksheet("Rapport jan–aug 2027")!);
    expect(await reportSheet(out)).toEqual(await reportSheet(direct));
  });
});

test("no temporary file is left beside a successful write", async () => {
  const work = tempDir();
  mkdirSync(path.join(work, "ut"));
  const out = path.join(work, "ut", "rapport.xlsx");
  expect((await runCli(["report", EXAMPLE_WORKBOOK, "--out", out])).code).toBe(0);
  expect(readdirSync(path.join(work, "ut"))).toEqual(["rapport.xlsx"]);
  expect(existsSync(out) && readFileSync(out).subarray(0, 2).toString()).toBe("PK");
});

describe("--lang en: every line the command prints is English", () => {
  const swedish = /\b(Skrev|bladet|arbetsbok|Användning|varning|finns inte|Filen)\b/;

  test("report, demo, example and help", async () => {
    const work = tempDir();
    const report = await runCli(["report", EXAMPLE_WORKBOOK, "--out", path.join(work, "r.xlsx"), "--lang", "en"]);
    expect(report.stdout).toBe(`Wrote the sheet “Rapport jan–aug 2027” in ${path.join(work, "r.xlsx")}\n`);
    const demo = await runCli(["demo", "--out", path.join(work, "demo.xlsx"), "--lang", "en"]);
    expect(demo.stdout).toContain("Deviation analysis (draft)");
    expect(demo.stdout).toContain(`\nWrote the sheet “Rapport jan–aug 2027” in ${path.join(work, "demo.xlsx")}\n`);
    expect(demo.stdout).not.toMatch(/^Skrev /m);
    const example = await runCli(["example", "--out", path.join(work, "ex.xlsx"), "--lang", "en"]);
    expect(example.stdout).toBe(`Wrote the example workbook ${path.join(work, "ex.xlsx")}\n`);
    const help = await runCli(["--help", "--lang", "en"]);
    expect(help.stdout).toContain("oit-budget freeze <workbook.xlsx> --out <copy.xlsx> [--force]");
    for (const run of [report, example, help]) expect(run.stdout).not.toMatch(swedish);
    // The example holds the add-in's own Prognoshistorik sheet, so a workbook of the user's is one the generator wrote without it.
    const mine = await exampleVariant(work, "mine.xlsx");
    expect(refused(await runCli(["report", path.join(work, "r.xlsx"), "--out", mine, "--lang", "en"]))).toMatch(
      /^oit-budget: The output file .* already exists and is not a report the add-in wrote/
    );
  });
});
