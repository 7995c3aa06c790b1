import { describe as describeNotice } from "../../src/core/messages";
import { isOitError } from "../../src/core/errors";
import { freezeWorkbook } from "../../src/xlsx/freeze";
import { formulaNames, isOitFunction } from "../../src/xlsx/formulaNames";
import { readZip, inflateEntry } from "../../src/xlsx/zip";
import { attribute, elements, firstElement } from "../../src/xlsx/xml";
import { cached, oitCells, oitWorkbook, parts } from "./oitWorkbook";

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

function entriesOf(bytes: Uint8Array) {
  return new Map(readZip(bytes).map((entry) => [entry.name, entry]));
}

function cellsOf(sheetXml: string): Map<string, { attributes: string; content: string }> {
  return new Map(elements(sheetXml, "c").map((cell) => [attribute(cell.attributes, "r") ?? "", { attributes: cell.attributes, content: cell.content ?? "" }]));
}

describe("formulaNames: the functions a stored formula calls", () => {
  test.each([
    ["_xldudf_OIT_KEY(A2:A3,1)", true],
    ["[1]!_xldudf_OIT_DEVIATION(500,620)", true],
    ["'Bok 1.xlsx'!OIT.ALLOCATE(B7,Fördelningsnycklar[Andel])", true],
    ["BloombergUI.xla!_xldudf_OIT_QUARTERS(4023)", true],
    ["_xludf.OIT.FÖRDELA(1000,G2:G3)", true],
    ["SUM(oit.key(A1:A2))", true],
    ['"OIT.KEY("&A1', false],
    ["'OIT.KEY(1)'!A1+1", false],
    ["T[[#Data],[OIT.KEY(x)]]", false],
    ["MYOIT.KEY(1)", false],
    ["_xlfn.XLOOKUP(A1,B:B,C:C)", false],
  ])("%s calls OIT: %s", (formula, expected) => {
    expect(formulaNames(formula).calls.some(isOitFunction)).toBe(expected);
  });
});

describe("freeze: every OIT formula becomes its cached value, nothing else changes", () => {
  const input = oitWorkbook();
  const result = freezeWorkbook(input);
  const before = entriesOf(input);
  const after = entriesOf(result.bytes);
  const sheet = text(inflateEntry(after.get("xl/worksheets/sheet1.xml")!));
  const cells = cellsOf(sheet);

  test("reports each frozen cell", () => {
    expect(result.frozen.sort()).toEqual(oitCells.map((cell) => `Nyckel!${cell}`).sort());
  });

  test("no OIT formula is left in any form, and the other formulas stay", () => {
    for (const cell of oitCells) expect(cells.get(cell)!.content).not.toMatch(/<f[\s>/]/);
    expect(sheet).not.toMatch(/_xldudf|_xludf|oit\.deviation/i);
    expect(firstElement(cells.get("H2")!.content, "f")!.content).toBe("SUM(A2:A3)");
    expect(firstElement(cells.get("H3")!.content, "f")!.content).toBe("B2+B3");
    expect(firstElement(cells.get("H4")!.content, "f")!.content).toBe('"OIT.KEY"&amp;"("');
  });

  test("numbers, booleans and errors keep their values and types; text becomes an inline string", () => {
    for (const cell of ["B2", "C2", "D2", "D3", "D4", "E2", "E3", "E4", "G5"]) {
      expect(Number(firstElement(cells.get(cell)!.content, "v")!.content)).toBe(cached[cell]);
      expect(attribute(cells.get(cell)!.attributes, "t")).toBeUndefined();
    }
    expect(attribute(cells.get("G2")!.attributes, "t")).toBe("inlineStr");
    expect(cells.get("G2")!.content).toBe("<is><t>-120 kr</t></is>");
    expect(cells.get("G3")!.attributes).toContain('t="b"');
    expect(cells.get("G3")!.content).toBe("<v>1</v>");
    expect(cells.get("G4")!.attributes).toContain('t="e"');
    expect(cells.get("G4")!.content).toBe("<v>#DIV/0!</v>");
  });

  test("the spilled array's anchor loses its dynamic-array metadata, its style stays", () => {
    expect(cells.get("C2")!.attributes).not.toContain("cm=");
    expect(attribute(cells.get("C2")!.attributes, "s")).toBe("1");
    expect(cells.get("C3")!.content).toBe("<v>0.553</v>");
  });

  test("the calculation chain keeps only the remaining formulas, with their sheet and levels", () => {
    const chain = text(inflateEntry(after.get("xl/calcChain.xml")!));
    expect(elements(chain, "c").map((entry) => entry.attributes.trim())).toEqual(['r="H2" i="1" l="1"', 'r="H3" l="1"', 'r="H4"']);
  });

  test("every other part is stored byte for byte as it was", () => {
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [name, entry] of before) {
      if (name === "xl/worksheets/sheet1.xml" || name === "xl/calcChain.xml") continue;
      expect({ name, stored: Buffer.from(after.get(name)!.stored) }).toEqual({ name, stored: Buffer.from(entry.stored) });
      expect(after.get(name)!.crc).toBe(entry.crc);
    }
  });

  test("the rest of the frozen sheet is unchanged", () => {
    const original = parts["xl/worksheets/sheet1.xml"];
    const strip = (xml: string) => xml.replace(/<sheetData>[\s\S]*<\/sheetData>/, "");
    expect(strip(sheet)).toBe(strip(original));
    for (const [address, cell] of cellsOf(original)) {
      if (!oitCells.includes(address)) expect(cells.get(address)).toEqual(cell);
    }
  });

  test("the names and rules that still call OIT are reported", () => {
    expect(result.warnings.map((warning) => describeNotice(warning, "en"))).toEqual([
      "The names Nyckeln call OIT functions and do not work without the add-in (the cells that use them now hold their values)",
    ]);
  });
});

test("a table's column formula that calls OIT goes with the formulas, so a new row cannot bring it back", () => {
  const table = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="Perioder" displayName="Perioder" ref="E1:F4" totalsRowShown="0"><autoFilter ref="E1:F4"/><tableColumns count="2"><tableColumn id="1" name="Periodbudget" dataDxfId="0"><calculatedColumnFormula>_xldudf_OIT_PERIODBUDGET(1200,Perioder[[#This Row],[Månad]])</calculatedColumnFormula></tableColumn><tableColumn id="2" name="Månad"/></tableColumns><tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`;
  const sheet = parts["xl/worksheets/sheet1.xml"].replace("</worksheet>", '<tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>');
  const rels = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" Target="../tables/table1.xml"/></Relationships>';
  const types = parts["[Content_Types].xml"].replace("</Types>", '<Override PartName="/xl/tables/table1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/></Types>');
  const result = freezeWorkbook(oitWorkbook({ "xl/worksheets/sheet1.xml": sheet, "xl/worksheets/_rels/sheet1.xml.rels": rels, "xl/tables/table1.xml": table, "[Content_Types].xml": types }));
  const frozenTable = text(inflateEntry(entriesOf(result.bytes).get("xl/tables/table1.xml")!));
  expect(frozenTable).toBe(table.replace(/<tableColumn id="1" name="Periodbudget" dataDxfId="0">.*?<\/tableColumn>/, '<tableColumn id="1" name="Periodbudget" dataDxfId="0"/>'));
});

test("a calculation chain that only listed OIT formulas is removed with its relationship and content type", () => {
  const onlyOit = parts["xl/calcChain.xml"].replace(/<c r="H\d"[^>]*\/>/g, "");
  const result = freezeWorkbook(oitWorkbook({ "xl/calcChain.xml": onlyOit }));
  const after = entriesOf(result.bytes);
  expect(after.has("xl/calcChain.xml")).toBe(false);
  expect(text(inflateEntry(after.get("xl/_rels/workbook.xml.rels")!))).not.toContain("calcChain");
  expect(text(inflateEntry(after.get("[Content_Types].xml")!))).not.toContain("calcChain");
});

test("an OIT formula without a computed value stops the copy and names the cell", () => {
  const never = parts["xl/worksheets/sheet1.xml"].replace("<v>-120</v></c><c r=\"E2\"", '</c><c r="E2"');
  let caught: unknown;
  try {
    freezeWorkbook(oitWorkbook({ "xl/worksheets/sheet1.xml": never }));
  } catch (error) {
    caught = error;
  }
  expect(isOitError(caught) && describeNotice(caught, "sv")).toBe(
    "1 OIT-formler har inget beräknat värde att spara (Nyckel!D2): öppna arbetsboken i Excel med tillägget, låt den räkna klart och spara den först"
  );
});

test("a value Excel was still waiting for (#BUSY!, #GETTING_DATA) is no value to send", () => {
  const busy = parts["xl/worksheets/sheet1.xml"].replace('<c r="D2"><f>_xludf.OIT.DEVIATION(500,620)</f><v>-120</v></c>', '<c r="D2" t="e"><f>_xludf.OIT.DEVIATION(500,620)</f><v>#BUSY!</v></c>');
  let caught: unknown;
  try {
    freezeWorkbook(oitWorkbook({ "xl/worksheets/sheet1.xml": busy }));
  } catch (error) {
    caught = error;
  }
  expect(isOitError(caught) && caught.params).toEqual({ cells: ["Nyckel!D2"], count: 1 });
});

test("a zip without a workbook says so", () => {
  let caught: unknown;
  try {
    freezeWorkbook(oitWorkbook({ "_rels/.rels": null, "xl/workbook.xml": null }));
  } catch (error) {
    caught = error;
  }
  expect(isOitError(caught) && caught.code).toBe("xlsxNoWorkbook");
});
