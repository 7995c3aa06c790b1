import type { Alignment, Borders, Font, Workbook, Worksheet } from "exceljs";
import type { BlockStyle, CellBlock, SheetLayout } from "../core/report/layout.types";
import { REPORT_MARKER_NAME } from "../core/report/marker";
import { markedSheets, markerRange } from "./markerScope";
import { reportSheetSlot } from "./reportSheetSlot";

interface CellLook {
  font?: Partial<Font>;
  border?: Partial<Borders>;
  alignment?: Partial<Alignment>;
}

type SheetOrder = { orderNo: number };

const thin = { style: "thin" } as const;

const looks: Record<BlockStyle, CellLook> = {
  title: { font: { bold: true, size: 13 } },
  header: { font: { bold: true }, border: { bottom: thin }, alignment: { horizontal: "right", wrapText: true } },
  line: {},
  sum: { font: { bold: true }, border: { top: thin } },
  total: { font: { bold: true }, border: { top: thin, bottom: { style: "double" } } },
  caption: { font: { italic: true } },
  note: { font: { italic: true, color: { argb: "FF9C0006" } } },
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
}

/** Takes the place (and position) of the add-in's previous sheet of that name, if there is one. */
function freshSheet(workbook: Workbook, name: string, freezeRows: number): Worksheet {
  const previous = workbook.worksheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
  const views = freezeRows > 0 ? [{ state: "frozen" as const, ySplit: freezeRows }] : [];
  if (previous) workbook.removeWorksheet(previous.id);
  const sheet = workbook.addWorksheet(name, { views });
  // ExcelJS orders sheets by orderNo (missing from its typings).
  if (previous) (sheet as unknown as SheetOrder).orderNo = (previous as unknown as SheetOrder).orderNo;
  return sheet;
}

/**
 * Writes the report sheet into the workbook (workbook.md "Output"): replaces the add-in's own
 * sheet of the same name, never a sheet of the user's, and marks the new sheet as the add-in's.
 * ExcelJS cannot write charts: `layout.chart` is drawn by the Office.js writer only.
 * Returns the name the sheet got.
 */
export function writeReportSheet(workbook: Workbook, layout: SheetLayout): string {
  const existing = workbook.worksheets.map((sheet) => sheet.name);
  const name = reportSheetSlot(layout.sheetName, existing, markedSheets(workbook));
  const sheet = freshSheet(workbook, name, layout.freezeRows);
  layout.blocks.forEach((block) => writeBlock(sheet, block));
  layout.columnWidths.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  workbook.definedNames.add(markerRange(name), REPORT_MARKER_NAME);
  return name;
}
