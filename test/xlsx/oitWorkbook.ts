import { strToU8, zipSync } from "fflate";

/**
 * A workbook as Excel stores one that uses the add-in's functions, written part by part (no
 * library writes these forms): a legacy array formula, a spilled dynamic array with its cell
 * metadata, `_xldudf_`, `_xludf.` and `[1]!`-qualified calls, a shared formula, a defined name
 * that calls OIT, text, boolean and error results, and formulas that must stay formulas.
 * `cached` holds what each cell shows, the figures a frozen copy must keep.
 */
export const cached: Record<string, number | string | boolean> = {
  B2: 0.447, B3: 0.553, // legacy array formula (Ctrl+Shift+Enter)
  C2: 0.447, C3: 0.553, // dynamic array, spilled from C2
  D2: -120, D3: -120, D4: -120, // _xludf., [1]!-qualified, plain OIT.
  E2: 400, E3: 800, E4: 1200, // shared formula
  G2: "-120 kr", G3: true, G4: "#DIV/0!", G5: 0.447, // text, boolean, error, through a defined name
  H2: 3800, H3: 1, H4: 'OIT.KEY(', // formulas that do not call the add-in
};

/** The cells whose formulas call the add-in. */
export const oitCells = ["B2", "C2", "D2", "D3", "D4", "E2", "E3", "E4", "G2", "G3", "G4", "G5"];

const contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/><Override PartName="/xl/metadata.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`;

const rootRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

const workbook = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews><sheets><sheet name="Nyckel" sheetId="1" r:id="rId1"/><sheet name="Anteckningar" sheetId="2" r:id="rId2"/></sheets><definedNames><definedName name="Nyckeln">_xldudf_OIT_KEY(Nyckel!$A$2:$A$3)</definedName><definedName name="Användarna">Nyckel!$A$2:$A$3</definedName></definedNames><calcPr calcId="191029"/></workbook>`;

const workbookRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId6" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sheetMetadata" Target="metadata.xml"/><Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;

const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

const sharedStrings = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3"><si><t>Användare</t></si><si><t>Månad</t></si><si><t>Ingen formel här</t></si></sst>`;

/** Dynamic-array formulas carry cm="1": the first cell metadata block, XLDAPR's fDynamic. */
const metadata = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<metadata xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray"><metadataTypes count="1"><metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" pasteAll="1" pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" coerce="1" cellMeta="1"/></metadataTypes><futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}"><xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata><cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata></metadata>`;

const sheet1 = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><dimension ref="A1:H5"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData>\
<row r="1" spans="1:8"><c r="A1" t="s"><v>0</v></c><c r="F1" t="s"><v>1</v></c></row>\
<row r="2" spans="1:8"><c r="A2"><v>1700</v></c><c r="B2" s="1"><f t="array" ref="B2:B3">_xldudf_OIT_KEY(A2:A3,1)</f><v>0.447</v></c><c r="C2" s="1" cm="1"><f t="array" ref="C2:C3">_xldudf_OIT_KEY(Användarna)</f><v>0.447</v></c><c r="D2"><f>_xludf.OIT.DEVIATION(500,620)</f><v>-120</v></c><c r="E2"><f t="shared" ref="E2:E4" si="0">_xldudf_OIT_PERIODBUDGET(1200,F2)</f><v>400</v></c><c r="F2"><v>4</v></c><c r="G2" t="str"><f>_xldudf_OIT_DEVIATION(500,620)&amp;" kr"</f><v>-120 kr</v></c><c r="H2"><f>SUM(A2:A3)</f><v>3800</v></c></row>\
<row r="3" spans="1:8"><c r="A3"><v>2100</v></c><c r="B3" s="1"><v>0.553</v></c><c r="C3" s="1"><v>0.553</v></c><c r="D3"><f>[1]!_xldudf_OIT_DEVIATION(500,620)</f><v>-120</v></c><c r="E3"><f t="shared" si="0"/><v>800</v></c><c r="F3"><v>8</v></c><c r="G3" t="b"><f>_xldudf_OIT_DEVIATION(500,620)&lt;0</f><v>1</v></c><c r="H3"><f>B2+B3</f><v>1</v></c></row>\
<row r="4" spans="1:8"><c r="D4"><f>oit.deviation(500,620)</f><v>-120</v></c><c r="E4"><f t="shared" si="0"/><v>1200</v></c><c r="F4"><v>12</v></c><c r="G4" t="e"><f>_xldudf_OIT_DEVIATION_PCT(0,620)</f><v>#DIV/0!</v></c><c r="H4" t="str"><f>"OIT.KEY"&amp;"("</f><v>OIT.KEY(</v></c></row>\
<row r="5" spans="1:8"><c r="G5" s="1"><f>INDEX(Nyckeln,1)</f><v>0.447</v></c></row>\
</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;

const sheet2 = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1"/><sheetData><row r="1"><c r="A1" t="s"><v>2</v></c></row></sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;

/** Excel lists formula cells by sheet id; `i` is left out when it repeats the previous entry's. */
const calcChain = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="B2" i="1" l="1"/><c r="C2"/><c r="D2"/><c r="D3"/><c r="D4"/><c r="E2"/><c r="E3"/><c r="E4"/><c r="G2"/><c r="G3"/><c r="G4"/><c r="G5"/><c r="H2"/><c r="H3" l="1"/><c r="H4"/></calcChain>`;

const app = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application></Properties>`;

export const parts: Record<string, string> = {
  "[Content_Types].xml": contentTypes,
  "_rels/.rels": rootRels,
  "docProps/app.xml": app,
  "xl/workbook.xml": workbook,
  "xl/_rels/workbook.xml.rels": workbookRels,
  "xl/worksheets/sheet1.xml": sheet1,
  "xl/worksheets/sheet2.xml": sheet2,
  "xl/styles.xml": styles,
  "xl/sharedStrings.xml": sharedStrings,
  "xl/metadata.xml": metadata,
  "xl/calcChain.xml": calcChain,
};

/** The workbook's bytes, with parts replaced or added by `overrides` (a part set to null is left out). */
export function oitWorkbook(overrides: Record<string, string | null> = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const [name, text] of Object.entries({ ...parts, ...overrides })) if (text !== null) files[name] = strToU8(text);
  return zipSync(files, { level: 6 });
}
