import ExcelJS, { type Alignment, type Borders, type Font, type PageSetup, type Worksheet } from "exceljs";
import { type BlockStyle, type CellBlock, type PrintSettings, type SheetLayout, REPORT_MARKER_NAME, chooseReportSheet, type ExistingSheet, pageBreaks } from "../core/report";
import { cellAddress, splitAddress, sameName } from "../core/workbook";
import { insertSheet } from "../xlsx/insertSheet";
import { openPackage, type XlsxPackage } from "../xlsx/package";
import { sheetParts, workbookPart } from "../xlsx/workbookParts";
import { attribute, elements, unescapeXml } from "../xlsx/xml";

interface CellLook {
  font?: Partial<Font>;
  border?: Partial<Borders>;
  alignment?: Partial<Alignment>;
}

const thin = { style: "thin" } as const;
/** A cell's font replaces the default one whole: name the workbook's default so styled cells keep it. */
const BASE_FONT: Partial<Font> = { name: "Calibri", family: 2, size: 11 };
/** The paper sizes of the layout as the file format numbers them. */
const PAPER_SIZES: Record<PrintSettings["paperSize"], number> = { A4: 9 };
const PARAGRAPH: Partial<Alignment> = { wrapText: true, vertical: "top" };

const looks: Record<BlockStyle, CellLook> = {
  title: { font: { ...BASE_FONT, bold: true, size: 13 } },
  header: { font: { ...BASE_FONT, bold: true }, border: { bottom: thin }, alignment: { horizontal: "right" } },
  line: {},
  sum: { font: { ...BASE_FONT, bold: true }, border: { top: thin } },
  total: { font: { ...BASE_FONT, bold: true }, border: { top: thin, bottom: { style: "double" } } },
  caption: { font: { ...BASE_FONT, italic: true } },
  note: { font: { ...BASE_FONT, italic: true, color: { argb: "FF9C0006" } } },
  text: {},
};

function writeBlock(sheet: Worksheet, block: CellBlock): void {
  const look = looks[block.style];
  block.values.forEach((values, i) =>
    values.forEach((value, j) => {
      const cell = sheet.getCell(block.row + i + 1, block.column + j + 1);
      cell.value = value;
      if (look.font) cell.font = look.font;
      if (look.border) cell.border = look.border;
      // The label column of a header row stays left-aligned; the figures' headings sit over the figures.
      if (look.alignment && j + block.column > 0) cell.alignment = look.alignment;
      if (typeof value === "number" && block.numberFormat) cell.numFmt = block.numberFormat;
    })
  );
  if (block.mergeAcross) mergeParagraphs(sheet, block, block.mergeAcross);
  block.rowHeights?.forEach((height, i) => (sheet.getRow(block.row + i + 1).height = height));
}

/** Each row's text cell spans `across` columns and wraps within them. */
function mergeParagraphs(sheet: Worksheet, block: CellBlock, across: number): void {
  block.values.forEach((_, i) => {
    const row = block.row + i + 1;
    if (across > 1) sheet.mergeCells(row, block.column + 1, row, block.column + across);
    sheet.getCell(row, block.column + 1).alignment = PARAGRAPH;
  });
}

function pageSetup(print: PrintSettings): Partial<PageSetup> {
  return {
    orientation: print.orientation,
    paperSize: PAPER_SIZES[print.paperSize],
    margins: { ...print.margins },
    // fitToHeight 0: as many pages down as the rows need.
    ...(print.fitToWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : {}),
    ...(print.titleRows > 0 ? { printTitlesRow: `1:${print.titleRows}` } : {}),
  };
}

/** The report sheet alone in a workbook of its own, as ExcelJS writes it: the package the sheet is taken from. */
export async function reportSheetPackage(name: string, layout: SheetLayout): Promise<XlsxPackage> {
  const workbook = new ExcelJS.Workbook();
  const views = layout.freezeRows > 0 ? [{ state: "frozen" as const, ySplit: layout.freezeRows }] : [];
  const sheet = workbook.addWorksheet(name, { views });
  layout.blocks.forEach((block) => writeBlock(sheet, block));
  layout.columnWidths.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  if (layout.print) Object.assign(sheet.pageSetup, pageSetup(layout.print));
  // ExcelJS breaks below a row (1-based): below row r is above the layout's 0-based row r. No chart here.
  for (const row of pageBreaks(layout)) sheet.getRow(row).addPageBreak();
  return openPackage(new Uint8Array(await workbook.xlsx.writeBuffer()));
}

/** The workbook's sheets, each marked when the add-in's marker (the report's OIT_Rapport, or `marker`) refers to it. */
export function reportSheetsOf(pkg: XlsxPackage, marker = REPORT_MARKER_NAME): ExistingSheet[] {
  const markers = elements(pkg.text(workbookPart(pkg)) ?? "", "definedName")
    .filter((name) => attribute(name.attributes, "name") === marker)
    .map((name) => splitAddress(unescapeXml(name.content ?? "")).sheet);
  return sheetParts(pkg).map((sheet) => ({ name: sheet.name, marked: markers.some((marked) => sameName(marked, sheet.name)) }));
}

/**
 * Writes the report sheet into the user's package (workbook.md "Output"): replaces the add-in's
 * own sheet of the same name, never a sheet of the user's, and marks the new sheet as the
 * add-in's with a worksheet-scoped name, as the Office.js writer does. ExcelJS renders the sheet
 * alone; the user's parts are never read and written again by it, so nothing of theirs is lost.
 * ExcelJS cannot write charts: `layout.chart` is drawn by the Office.js writer only.
 * Returns the name the sheet got.
 */
export async function writeReportSheet(pkg: XlsxPackage, layout: SheetLayout): Promise<string> {
  const { name, replaces } = chooseReportSheet(layout.sheetName, reportSheetsOf(pkg));
  const source = await reportSheetPackage(name, layout);
  insertSheet(pkg, { pkg: source, name, replaces: replaces?.name, names: { [REPORT_MARKER_NAME]: cellAddress(name, "$A$1") } });
  return name;
}
