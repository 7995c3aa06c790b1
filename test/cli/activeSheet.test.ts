import { readFileSync, writeFileSync } from "fs";
import * as path from "path";
import { EXAMPLE_WORKBOOK } from "../../src/cli/main";
import { openPackage, type XlsxPackage } from "../../src/xlsx/package";
import { sheetParts, workbookPart } from "../../src/xlsx/workbookParts";
import { attribute, elements, firstElement } from "../../src/xlsx/xml";
import { exampleVariant, runCli, soffice, tempDir } from "./helpers";

/** The copy the CLI writes opens on the sheet it wrote: the workbook's active tab, and the only selected one. */
jest.setTimeout(60_000);

const REPORT = "Rapport jan–aug 2027";

let dir: string;
beforeAll(() => {
  dir = tempDir();
});

const packageOf = (file: string) => openPackage(new Uint8Array(readFileSync(file)));

function activeTab(pkg: XlsxPackage): number {
  return Number(attribute(firstElement(pkg.text(workbookPart(pkg)) ?? "", "workbookView")?.attributes ?? "", "activeTab") ?? 0);
}

/** The sheets whose (first) view is selected, by name. */
function selectedTabs(pkg: XlsxPackage): string[] {
  return sheetParts(pkg)
    .filter((sheet) => elements(pkg.text(sheet.part) ?? "", "sheetView").some((view) => /^(?:1|true)$/.test(attribute(view.attributes, "tabSelected") ?? "")))
    .map((sheet) => sheet.name);
}

const indexOf = (pkg: XlsxPackage, name: string) => sheetParts(pkg).find((sheet) => sheet.name === name)!.index;

test("the report's copy of the example opens on the report, and LibreOffice opens it there", async () => {
  const out = path.join(dir, "rapport.xlsx");
  expect((await runCli(["report", EXAMPLE_WORKBOOK, "--out", out])).code).toBe(0);
  const pkg = packageOf(out);
  expect(activeTab(pkg)).toBe(indexOf(pkg, REPORT));
  expect(selectedTabs(pkg)).toEqual([REPORT]);
  // LibreOffice saves the sheet it opened on as its own active tab.
  const again = path.join(dir, "lo");
  soffice(["--convert-to", "xlsx:Calc MS Excel 2007 XML", out], again);
  const resaved = packageOf(path.join(again, "rapport.xlsx"));
  expect(sheetParts(resaved)[activeTab(resaved)].name).toBe(REPORT);
});

test("a workbook saved on another sheet: that sheet's tab is no longer selected (never two: they would open grouped), nothing else of it changes", async () => {
  // As Excel saves a workbook left on its third sheet, written by hand (ExcelJS writes no tab selection).
  const plain = packageOf(await exampleVariant(dir, "plain.xlsx"));
  const analysis = sheetParts(plain).find((sheet) => sheet.name === "Analys")!;
  plain.setText(analysis.part, (plain.text(analysis.part) ?? "").replace("<sheetFormatPr", '<sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews><sheetFormatPr'));
  const workbook = workbookPart(plain);
  plain.setText(workbook, (plain.text(workbook) ?? "").replace("<sheets>", `<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300" activeTab="${analysis.index}"/></bookViews><sheets>`));
  const input = path.join(dir, "på-analys.xlsx");
  writeFileSync(input, plain.bytes());
  const before = packageOf(input);
  expect(activeTab(before)).toBe(analysis.index);
  expect(selectedTabs(before)).toEqual(["Analys"]);
  const out = path.join(dir, "från-analys.xlsx");
  expect((await runCli(["report", input, "--out", out])).code).toBe(0);
  const after = packageOf(out);
  expect(activeTab(after)).toBe(indexOf(after, REPORT));
  expect(selectedTabs(after)).toEqual([REPORT]);
  const part = sheetParts(before).find((sheet) => sheet.name === "Analys")!.part;
  expect(after.text(part)).toBe((before.text(part) ?? "").replace(/ tabSelected="1"/, ""));
});

test("the demo's copy, four sheets written, opens on the report", async () => {
  const out = path.join(dir, "demo.xlsx");
  expect((await runCli(["demo", "--out", out])).code).toBe(0);
  const pkg = packageOf(out);
  expect(sheetParts(pkg)[activeTab(pkg)].name).toBe(REPORT);
  expect(selectedTabs(pkg)).toEqual([REPORT]);
});
