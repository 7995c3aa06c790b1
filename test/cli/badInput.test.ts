import * as path from "path";
import type ExcelJS from "exceljs";
import { EXAMPLE_WORKBOOK } from "../../src/cli/main";
import { exampleVariant, runCli, sha256, tempDir } from "./helpers";

let dir: string;
beforeAll(() => {
  dir = tempDir();
});

/** Exit code 2, one line on stderr, nothing on stdout, the input untouched. */
async function rejected(input: string, argv: string[]): Promise<string> {
  const before = sha256(input);
  const run = await runCli(argv);
  expect(run.code).toBe(2);
  expect(run.stdout).toBe("");
  expect(run.stderr).toMatch(/^oit-budget: [^\n]+\n$/);
  expect(sha256(input)).toBe(before);
  return run.stderr;
}

async function rejectedWorkbook(name: string, edit: (workbook: ExcelJS.Workbook) => void, flags: string[] = []): Promise<string> {
  const input = await exampleVariant(dir, name, edit);
  return rejected(input, ["report", input, "--out", path.join(dir, `${name}.out.xlsx`), ...flags]);
}

const ledger = (workbook: ExcelJS.Workbook) => workbook.getWorksheet("Underlag")!;

describe("bad input: exit 2 and one line that says what and where", () => {
  test("text in an amount names the sheet, the row, the column and the cell", async () => {
    const message = await rejectedWorkbook("text.xlsx", (workbook) => (ledger(workbook).getCell("E7").value = "tolv"));
    expect(message).toContain("tolv");
    expect(message).toContain("Underlag");
    expect(message).toMatch(/rad 6\b/);
    expect(message).toContain("Årsbudget");
    expect(message).toContain("E7");
  });

  test("an Excel error value in an amount", async () => {
    const message = await rejectedWorkbook("error.xlsx", (workbook) => (ledger(workbook).getCell("D3").value = { error: "#N/A" }));
    expect(message).toContain("#N/A");
    expect(message).toContain("D3");
  });

  test("an unknown party in Fördelning", async () => {
    const message = await rejectedWorkbook("party.xlsx", (workbook) => (ledger(workbook).getCell("C4").value = "Kalmar"));
    expect(message).toContain("Kalmar");
    expect(message).toMatch(/rad 3\b/);
    expect(message).toContain("C4");
    expect(message).toContain("Mörbylånga");
  });

  test("no key for the year", async () => {
    const message = await rejected(EXAMPLE_WORKBOOK, ["report", EXAMPLE_WORKBOOK, "--year", "2031", "--out", path.join(dir, "year.xlsx")]);
    expect(message).toContain("2031");
    expect(message).toContain("Fördelningsnycklar");
  });

  test("a missing table lists the tables found", async () => {
    const message = await rejectedWorkbook("table.xlsx", (workbook) => workbook.removeWorksheet(workbook.getWorksheet("Underlag")!.id));
    expect(message).toContain("Underlag");
    expect(message).toContain("Fördelningsnycklar");
  });

  test("a missing column on a plain sheet (no Excel table) lists the columns found", async () => {
    const message = await rejectedWorkbook("column.xlsx", (workbook) => {
      workbook.removeWorksheet(ledger(workbook).id);
      const sheet = workbook.addWorksheet("Bokföring");
      sheet.addRow(["Rad", "Fördelning", "Utfall", "Årsbudget"]);
      sheet.addRow(["Licenser", "Gemensam", 100, 150]);
    });
    expect(message).toContain("Årsprognos");
    expect(message).toContain("Bokföring");
    expect(message).toContain("Utfall, Årsbudget");
  });

  test("a missing ledger unit is named, not guessed", async () => {
    const message = await rejectedWorkbook("unit.xlsx", (workbook) => {
      const settings = workbook.getWorksheet("Inställningar")!;
      const row = settings.getColumn(1).values.findIndex((value) => value === "Enhet i underlaget");
      settings.getCell(row, 1).value = "Anteckning";
    });
    expect(message).toBe("oit-budget: Inställningen ”Enhet i underlaget” saknas i tabellen Inställningar\n");
  });

  test("a missing or unreadable file", async () => {
    const missing = await runCli(["report", path.join(dir, "finns-inte.xlsx")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^oit-budget: Filen .*finns-inte\.xlsx finns inte\n$/);
    const notExcel = path.join(dir, "text.txt");
    require("fs").writeFileSync(notExcel, "inte en arbetsbok");
    expect(await rejected(notExcel, ["report", notExcel])).toContain("är en textfil");
  });

  test.each([
    [["report", EXAMPLE_WORKBOOK, "--unit", "mkr"], "--unit"],
    [["report", EXAMPLE_WORKBOOK, "--month", "13"], "--month"],
    [["report", EXAMPLE_WORKBOOK, "--rounding"], "--rounding"],
    [["report", EXAMPLE_WORKBOOK, "--frobnicate"], "--frobnicate"],
    [["report"], "arbetsbok"],
    [["rapport", EXAMPLE_WORKBOOK], "rapport"],
  ])("bad command line %j", async (argv, named) => {
    expect(await rejected(EXAMPLE_WORKBOOK, argv)).toContain(named);
  });

  test("--lang en gives the message in English", async () => {
    const run = await runCli(["report", path.join(dir, "missing.xlsx"), "--lang", "en"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^oit-budget: The file .*missing\.xlsx does not exist\n$/);
  });
});

test("--help prints the usage and exits 0", async () => {
  const run = await runCli(["--help"]);
  expect(run.code).toBe(0);
  expect(run.stdout).toContain("oit-budget report <arbetsbok.xlsx>");
});

describe("a ledger with several bad rows: exit 2 and one line for each, so all can be fixed at once", () => {
  test("three bad rows give three lines, each naming its row and cell, in the order of the sheet", async () => {
    const input = await exampleVariant(dir, "three.xlsx", (workbook) => {
      ledger(workbook).getCell("E7").value = "tolv";
      ledger(workbook).getCell("C4").value = "Kalmar";
      ledger(workbook).getCell("B9").value = null;
    });
    const run = await runCli(["report", input, "--json"]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    const lines = run.stderr.split("\n");
    expect(lines.pop()).toBe("");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^oit-budget: Fördelningen ”Kalmar” på rad 3 i tabellen Underlag .*Underlag!C4/);
    expect(lines[1]).toMatch(/^oit-budget: ”tolv” i bladet Underlag, tabellen Underlag, rad 6, kolumn Årsbudget är inte ett tal \(cell Underlag!E7\)$/);
    expect(lines[2]).toMatch(/^oit-budget: Rad 8 i tabellen Underlag .*Underlag!B9.* har värden men ingen ”Rad”$/);
  });

  test("many bad rows: the first ten, then how many more", async () => {
    const input = await exampleVariant(dir, "many.xlsx", (workbook) => {
      for (let row = 2; row <= 14; row++) ledger(workbook).getCell(`D${row}`).value = `x${row}`;
    });
    const run = await runCli(["report", input, "--json", "--lang", "en"]);
    expect(run.code).toBe(2);
    const lines = run.stderr.trimEnd().split("\n");
    expect(lines.slice(0, 10).map((line) => /^oit-budget: “(x\d+)” .*\(cell Underlag!(D\d+)\)$/.exec(line)?.slice(1))).toEqual(
      Array.from({ length: 10 }, (_, i) => [`x${i + 2}`, `D${i + 2}`])
    );
    expect(lines.slice(10)).toEqual(["oit-budget: … and 3 more"]);
  });
});
