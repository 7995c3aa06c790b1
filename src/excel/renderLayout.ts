import { type BlockStyle, type CellBlock, type ChartSpec, type PrintSettings, type SheetLayout, REPORT_MARKER_NAME, columnWidthInPoints, pageBreaks } from "../core/report";
import { textSafeFormats } from "./textFormat";

const BOLD_STYLES: ReadonlySet<BlockStyle> = new Set(["title", "header", "sum", "total"]);
/** A light grey that prints well and keeps the headers apart without shouting. */
const HEADER_FILL = "#F2F2F2";
const GENERAL_FORMAT = "General";
/** Rows the chart takes under its data: about the height of a page's third in landscape. */
export const CHART_ROWS = 15;
const MARKER_COMMENT =
  "OIT Budget: rapportblad som tillägget skapat och ersätter när rapporten görs om";

export { columnWidthInPoints };

function isEmpty(block: CellBlock): boolean {
  return block.values.length === 0 || block.values[0].length === 0;
}

/** Numbers get the block's format, text the text format (so a label stays text), blanks General. */
function numberFormats(block: CellBlock): (string | null)[][] {
  return textSafeFormats(block.values, (value) =>
    typeof value === "number" && block.numberFormat ? block.numberFormat : GENERAL_FORMAT
  );
}

function writeBlock(sheet: Excel.Worksheet, block: CellBlock): void {
  const range = sheet.getRangeByIndexes(
    block.row,
    block.column,
    block.values.length,
    block.values[0].length
  );
  // The formats first: a text written to a cell not yet formatted as text may become a formula.
  range.numberFormat = numberFormats(block);
  range.values = block.values;
  if (BOLD_STYLES.has(block.style)) range.format.font.bold = true;
  if (block.style === "header") markHeader(sheet, block, range);
  if (block.mergeAcross) mergeParagraphs(sheet, block, block.mergeAcross);
  block.rowHeights?.forEach((height, i) => {
    sheet.getRangeByIndexes(block.row + i, block.column, 1, 1).format.rowHeight = height;
  });
}

/**
 * A grey header whose headings over the figures are right-aligned, as the ExcelJS writer does: the
 * label column (the sheet's first) stays left-aligned over the labels.
 */
function markHeader(sheet: Excel.Worksheet, block: CellBlock, range: Excel.Range): void {
  range.format.fill.color = HEADER_FILL;
  const first = Math.max(block.column, 1);
  const columns = block.column + block.values[0].length - first;
  if (columns > 0)
    sheet.getRangeByIndexes(block.row, first, block.values.length, columns).format.horizontalAlignment =
      "Right";
}

/** Each row's text cell spans `across` columns (merged row by row) and wraps within them. */
function mergeParagraphs(sheet: Excel.Worksheet, block: CellBlock, across: number): void {
  const range = sheet.getRangeByIndexes(block.row, block.column, block.values.length, across);
  if (across > 1) range.merge(true);
  range.format.wrapText = true;
  range.format.verticalAlignment = "Top";
}

/**
 * fitToWidth: one page wide, as many pages down as needed (0 leaves the height free, as in the file
 * format); a manual break above each table that would not fit the rest of its page (the chart's rows
 * counted with its data).
 */
function setPrint(sheet: Excel.Worksheet, print: PrintSettings, breaks: readonly number[]): void {
  const page = sheet.pageLayout;
  page.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  page.paperSize = print.paperSize;
  page.setPrintMargins("Inches", print.margins);
  if (print.fitToWidth) page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (print.titleRows > 0) page.setPrintTitleRows(`$1:$${print.titleRows}`);
  for (const row of breaks) sheet.horizontalPageBreaks.add(sheet.getRangeByIndexes(row, 0, 1, 1));
}

function setColumnWidths(sheet: Excel.Worksheet, widths: readonly number[]): void {
  widths.forEach((characters, column) => {
    sheet.getRangeByIndexes(0, column, 1, 1).format.columnWidth = columnWidthInPoints(characters);
  });
}

/**
 * A bar per line of the chart's value column (or a group of bars, one per named series in adjacent columns), named by the label column. The two columns are
 * not adjacent, so the chart is made over the values alone and the labels set as categories.
 * It sits under its data, as wide as the sheet's columns, so it prints within the table's width.
 */
function addChart(sheet: Excel.Worksheet, spec: ChartSpec, lastColumn: number): void {
  const series = spec.series ?? [];
  const values = sheet.getRangeByIndexes(spec.firstRow, spec.valueColumn, spec.rowCount, Math.max(1, series.length));
  const labels = sheet.getRangeByIndexes(spec.firstRow, spec.labelColumn, spec.rowCount, 1);
  const chart = sheet.charts.add("BarClustered", values, "Columns");
  // Placed first: a batch that fails further on keeps what ran before (Office.js does not roll
  // back), and a half-made chart under the table hides no figure, where Excel's default place would.
  const top = spec.firstRow + spec.rowCount + 1;
  chart.setPosition(
    sheet.getRangeByIndexes(top, 0, 1, 1),
    sheet.getRangeByIndexes(top + CHART_ROWS - 1, lastColumn, 1, 1)
  );
  chart.series.getItemAt(0).setXAxisValues(labels);
  // Named series (before/after) need the legend to tell them apart; one series is named by the title.
  series.forEach((name, i) => (chart.series.getItemAt(i).name = name));
  chart.title.text = spec.title;
  chart.legend.visible = series.length > 1;
  // Bar charts draw the first category at the bottom; reversed, the bars read in the table's order.
  chart.axes.categoryAxis.reversePlotOrder = true;
}

/**
 * Queues what the figures need, without syncing: blocks as one 2D write each, formats, merged
 * paragraphs, widths, frozen rows and the marker that lets a later run recognise the sheet.
 * Only calls whose behaviour in Excel is well known belong here: a refusal loses the report.
 */
export function renderEssentials(sheet: Excel.Worksheet, layout: SheetLayout): void {
  layout.blocks.filter((block) => !isEmpty(block)).forEach((block) => writeBlock(sheet, block));
  setColumnWidths(sheet, layout.columnWidths);
  if (layout.freezeRows > 0) sheet.freezePanes.freezeRows(layout.freezeRows);
  sheet.names.add(REPORT_MARKER_NAME, sheet.getRange("A1"), MARKER_COMMENT);
}

/** What renderDecorations may queue: the parts a refusal by Excel costs, never the figures. */
export interface Decorations {
  print: boolean;
  chart: boolean;
}

/**
 * Queues, without syncing, the print settings and the chart: calls whose acceptance by Excel we
 * could not verify (a fit-to-pages zoom of 0 pages down, a chart's categories). Says what it queued.
 */
export function renderDecorations(sheet: Excel.Worksheet, layout: SheetLayout): Decorations {
  if (layout.print) setPrint(sheet, layout.print, pageBreaks(layout, CHART_ROWS));
  const chart = layout.chart && layout.chart.rowCount > 0 ? layout.chart : undefined;
  if (chart) addChart(sheet, chart, Math.max(0, layout.columnWidths.length - 1));
  return { print: layout.print !== undefined, chart: chart !== undefined };
}
