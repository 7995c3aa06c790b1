import { readFileSync, writeFileSync } from "fs";
import * as path from "path";
import { openPackage } from "../../src/xlsx/package";
import { readZip, inflateEntry, type ZipEntry } from "../../src/xlsx/zip";
import { attribute, elements, firstElement } from "../../src/xlsx/xml";
import { exampleVariant, figureRows, loadWorkbook, numberFormats, reportFigureRows, runCli, tempDir } from "./helpers";

/**
 * The copy the report is written into keeps everything the user had. The workbook holds what
 * ExcelJS would drop or damage when reading and writing it again: a chart (its drawing and chart
 * parts are written here by hand, as ExcelJS cannot), a comment, a defined name, validation and a
 * conditional format; the copy is compared with it part by part.
 */

const DRAWING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor><xdr:from><xdr:col>4</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>10</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Diagram 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;

const CHART = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>Underlag!$E$2:$E$6</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>`;

const relationships = (items: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items}</Relationships>`;

/** Adds the chart to the sheet part `sheet` the way Excel stores one: drawing, chart, relationships, content types. */
function withChart(bytes: Uint8Array, sheet: string): Uint8Array {
  const pkg = openPackage(bytes);
  const sheetRels = sheet.replace("worksheets/", "worksheets/_rels/") + ".rels";
  const rels = pkg.text(sheetRels) ?? relationships("");
  pkg.setText(sheetRels, rels.replace("</Relationships>", '<Relationship Id="rId90" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/></Relationships>'));
  const xml = pkg.text(sheet) as string;
  const at = ["<legacyDrawing", "<tableParts", "</worksheet>"].map((tag) => xml.indexOf(tag)).find((index) => index >= 0) as number;
  pkg.setText(sheet, `${xml.slice(0, at)}<drawing r:id="rId90"/>${xml.slice(at)}`);
  pkg.setText("xl/drawings/drawing1.xml", DRAWING);
  pkg.setText("xl/drawings/_rels/drawing1.xml.rels", relationships('<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart1.xml"/>'));
  pkg.setText("xl/charts/chart1.xml", CHART);
  const types = pkg.text("[Content_Types].xml") as string;
  pkg.setText(
    "[Content_Types].xml",
    types.replace(
      "</Types>",
      '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/><Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>'
    )
  );
  return pkg.bytes();
}

const text = (entry: ZipEntry) => new TextDecoder().decode(inflateEntry(entry));

/** The parts the copy must change to hold one more sheet; the new sheet part is the only one added. */
const EDITED = ["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"];

let input: Map<string, ZipEntry>;
let output: Map<string, ZipEntry>;
let outFile: string;

beforeAll(async () => {
  const dir = tempDir();
  const plain = await exampleVariant(dir, "plain.xlsx", (workbook) => {
    const sheet = workbook.getWorksheet("Analys")!;
    sheet.getCell("A1").note = "Siffrorna stämda med ekonomichefen";
    sheet.getCell("B2").dataValidation = { type: "list", allowBlank: true, formulae: ['"Ja,Nej"'] };
    sheet.addConditionalFormatting({
      ref: "C1:C10",
      rules: [{ type: "cellIs", operator: "greaterThan", priority: 1, formulae: ["100"], style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFC7CE" } } } }],
    });
    workbook.definedNames.add("Analys!$A$1:$B$2", "MittNamn");
  });
  const file = path.join(dir, "budget.xlsx");
  // The sheet with the comment (Analys) also gets the chart.
  const analysis = readZip(readFileSync(plain)).find((entry) => /^xl\/worksheets\/sheet\d+\.xml$/.test(entry.name) && text(entry).includes("<legacyDrawing"));
  writeFileSync(file, withChart(readFileSync(plain), analysis!.name));
  outFile = path.join(dir, "rapport.xlsx");
  const run = await runCli(["report", file, "--out", outFile]);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  input = new Map(readZip(readFileSync(file)).map((entry) => [entry.name, entry]));
  output = new Map(readZip(readFileSync(outFile)).map((entry) => [entry.name, entry]));
});

test("every part of the workbook is in the copy, stored byte for byte as it was, except the four that list the sheets", () => {
  for (const [name, entry] of input) {
    expect({ name, present: output.has(name) }).toEqual({ name, present: true });
    if (EDITED.includes(name)) continue;
    expect({ name, same: Buffer.from(output.get(name)!.stored).equals(Buffer.from(entry.stored)) }).toEqual({ name, same: true });
  }
  const added = [...output.keys()].filter((name) => !input.has(name));
  expect(added).toHaveLength(1);
  expect(added[0]).toMatch(/^xl\/worksheets\/sheet\d+\.xml$/);
});

test("the edited parts keep everything they held: names, relationships, content types, cell formats", () => {
  const before = (name: string) => text(input.get(name)!);
  const after = (name: string) => text(output.get(name)!);
  for (const name of elements(before("xl/workbook.xml"), "definedName")) expect(after("xl/workbook.xml")).toContain(name.text);
  for (const sheet of elements(before("xl/workbook.xml"), "sheet")) expect(after("xl/workbook.xml")).toContain(sheet.text);
  for (const relationship of elements(before("xl/_rels/workbook.xml.rels"), "Relationship")) expect(after("xl/_rels/workbook.xml.rels")).toContain(relationship.text);
  for (const override of elements(before("[Content_Types].xml"), "Override")) expect(after("[Content_Types].xml")).toContain(override.text);
  const formats = (styles: string) => elements(firstElement(styles, "cellXfs")!.content!, "xf").map((xf) => xf.text);
  expect(formats(after("xl/styles.xml")).slice(0, formats(before("xl/styles.xml")).length)).toEqual(formats(before("xl/styles.xml")));
  expect(after("xl/workbook.xml")).toContain("<definedName name=\"OIT_Rapport\" localSheetId=\"8\">'Rapport jan–aug 2027'!$A$1</definedName>");
});

test("the copy reads back with the user's comment, name, validation and conditional format, and the report's figures and formats", async () => {
  const workbook = await loadWorkbook(outFile);
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Underlag", "Inställningar", "Analys", "Fakturerat", "Avveckling", "Mappning", "Prognos", "Budgetplan", "Rapport jan–aug 2027"]);
  const analysis = workbook.getWorksheet("Analys")!;
  expect(analysis.getCell("A1").note).toBe("Siffrorna stämda med ekonomichefen");
  expect(analysis.getCell("B2").dataValidation).toMatchObject({ type: "list", formulae: ['"Ja,Nej"'] });
  expect(workbook.definedNames.model.find((name) => name.name === "MittNamn")?.ranges).toEqual(["Analys!$A$1:$B$2"]);
  const report = workbook.getWorksheet("Rapport jan–aug 2027")!;
  expect(report.getCell("A1").value).toBe("Ölands IT-nämnd – Rapport jan–aug 2027, tkr");
  expect(report.getCell("A1").font).toMatchObject({ bold: true, size: 13 });
  const json = await runCli(["report", outFile, "--json"]);
  const shown = reportFigureRows(JSON.parse(json.stdout));
  expect(figureRows(report).slice(0, shown.length)).toEqual(shown);
  expect(numberFormats(report)).toEqual(["#,##0;-#,##0"]);
});

test("the new sheet has a sheet id, relationship and content type of its own", () => {
  const workbookXml = text(output.get("xl/workbook.xml")!);
  const sheets = elements(workbookXml, "sheet");
  const ids = sheets.map((sheet) => attribute(sheet.attributes, "sheetId"));
  expect(new Set(ids).size).toBe(ids.length);
  const rid = attribute(sheets[sheets.length - 1].attributes, "r:id");
  const rels = elements(text(output.get("xl/_rels/workbook.xml.rels")!), "Relationship");
  const rel = rels.find((relationship) => attribute(relationship.attributes, "Id") === rid)!;
  const part = `xl/${attribute(rel.attributes, "Target")}`;
  expect(output.has(part)).toBe(true);
  expect(text(output.get("[Content_Types].xml")!)).toContain(`<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`);
});
