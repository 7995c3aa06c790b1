import type { BlockStyle, CellBlock, ChartSpec, SheetLayout } from "../core/report/layout.types";
import { REPORT_MARKER_NAME } from "../core/report/marker";

const BOLD_STYLES: ReadonlySet<BlockStyle> = new Set(["title", "header", "sum", "total"]);
/** A light grey that prints well and keeps the headers apart without shouting. */
const HEADER_FILL = "#F2F2F2";
const TEXT_FORMAT = "General";
const MARKER_COMMENT =
  "OIT Budget: rapportblad som tillägget skapat och ersätter när rapporten görs om";

/**
 * Office.js measures column widths in points, the layout in characters (as ExcelJS and the
 * Excel UI do): a character of the default font is 7 px plus 5 px of padding, 0.75 pt per px.
 */
export function columnWidthInPoints(characters: number): number {
  return (characters * 7 + 5) * 0.75;
}

function isEmpty(block: CellBlock): boolean {
  return block.values.length === 0 || block.values[0].length === 0;
}

/** Numbers get the block's format, text keeps General so a label is never shown as a number. */
function numberFormats(block: CellBlock, format: string): string[][] {
  return block.values.map((row) =>
    row.map((value) => (typeof value === "number" ? format : TEXT_FORMAT))
  );
}

function writeBlock(sheet: Excel.Worksheet, block: CellBlock): void {
  const range = sheet.getRangeByIndexes(
    block.row,
    block.column,
    block.values.length,
    block.values[0].length
  );
  range.values = block.values;
  if (block.numberFormat) range.numberFormat = numberFormats(block, block.numberFormat);
  if (BOLD_STYLES.has(block.style)) range.format.font.bold = true;
  if (block.style === "header") range.format.fill.color = HEADER_FILL;
}

function setColumnWidths(sheet: Excel.Worksheet, widths: readonly number[]): void {
  widths.forEach((characters, column) => {
    sheet.getRangeByIndexes(0, column, 1, 1).format.columnWidth = columnWidthInPoints(characters);
  });
}

/**
 * A bar per line of the chart's value column, named by the label column. The two columns are
 * not adjacent, so the chart is made over the values alone and the labels set as categories.
 */
function addChart(sheet: Excel.Worksheet, spec: ChartSpec, besideColumn: number): void {
  const values = sheet.getRangeByIndexes(spec.firstRow, spec.valueColumn, spec.rowCount, 1);
  const labels = sheet.getRangeByIndexes(spec.firstRow, spec.labelColumn, spec.rowCount, 1);
  const chart = sheet.charts.add("BarClustered", values, "Columns");
  chart.series.getItemAt(0).setXAxisValues(labels);
  chart.title.text = spec.title;
  chart.legend.visible = false;
  // Bar charts draw the first category at the bottom; reversed, the bars read in the table's order.
  chart.axes.categoryAxis.reversePlotOrder = true;
  chart.setPosition(sheet.getRangeByIndexes(spec.firstRow, besideColumn, 1, 1));
}

/**
 * Queues the whole layout on a sheet without syncing: blocks as one 2D write each, formats,
 * widths, frozen rows, the chart and the marker that lets a later run recognise the sheet.
 */
export function renderLayout(sheet: Excel.Worksheet, layout: SheetLayout): void {
  layout.blocks.filter((block) => !isEmpty(block)).forEach((block) => writeBlock(sheet, block));
  setColumnWidths(sheet, layout.columnWidths);
  if (layout.freezeRows > 0) sheet.freezePanes.freezeRows(layout.freezeRows);
  if (layout.chart && layout.chart.rowCount > 0)
    addChart(sheet, layout.chart, layout.columnWidths.length + 1);
  sheet.names.add(REPORT_MARKER_NAME, sheet.getRange("A1"), MARKER_COMMENT);
}
