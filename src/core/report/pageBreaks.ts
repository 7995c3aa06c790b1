import type { CellBlock, PrintSettings, SheetLayout } from "./layout.types";
import { LINE_HEIGHT } from "./wrapParagraphs";

const POINTS_PER_INCH = 72;
/** A4 in points, upright (ISO 216: 210 × 297 mm). */
const A4 = { width: 595.28, height: 841.89 };
/** A title row's height: 13 pt bold (the ExcelJS writer's titles) is 17.25 pt in Excel; the Office.js writer's are lower. */
const TITLE_HEIGHT = 17.25;
/**
 * Room kept free at the foot of every page, one row: Excel's own page height and fit-to-width scale
 * are not ours to read before the sheet is written, and a break a row early costs a blank line where
 * a break a row late splits a table.
 */
const SAFETY = LINE_HEIGHT;

/**
 * A column width in characters as points, as Excel measures it: a character of the default font
 * is 7 px plus 5 px of padding, 0.75 pt per px (Office.js sets widths in points, the layout and
 * ExcelJS count characters).
 */
export function columnWidthInPoints(characters: number): number {
  return (characters * 7 + 5) * 0.75;
}

/** The paper's printable width and height in points (inside the margins). */
function printableArea(print: PrintSettings): { width: number; height: number } {
  const landscape = print.orientation === "landscape";
  const { margins } = print;
  const width = (landscape ? A4.height : A4.width) - (margins.left + margins.right) * POINTS_PER_INCH;
  const height = (landscape ? A4.width : A4.height) - (margins.top + margins.bottom) * POINTS_PER_INCH;
  return { width, height };
}

/** The scale Excel prints one page wide at: the sheet's columns shrunk to the paper's width, in whole percent, never enlarged. */
function printScale(print: PrintSettings, columnWidths: readonly number[]): number {
  const sheetWidth = columnWidths.reduce((sum, characters) => sum + columnWidthInPoints(characters), 0);
  if (!print.fitToWidth || sheetWidth === 0) return 1;
  return Math.min(100, Math.floor((100 * printableArea(print).width) / sheetWidth)) / 100;
}

/** The height of every row the layout fills, in points, by row; rows missing are blank (a line high). */
function rowHeights(blocks: readonly CellBlock[]): Map<number, number> {
  const heights = new Map<number, number>();
  for (const block of blocks) {
    block.values.forEach((_, i) => {
      const height = block.rowHeights?.[i] ?? (block.style === "title" ? TITLE_HEIGHT : LINE_HEIGHT);
      heights.set(block.row + i, Math.max(heights.get(block.row + i) ?? 0, height));
    });
  }
  return heights;
}

/** Rows the Office.js writer's chart takes under its data (the blank row above it included): one piece with them. */
function chartRowsOf(layout: SheetLayout, chartRows: number): number[] {
  const chart = layout.chart;
  if (!chart || chartRows === 0) return [];
  const below = chart.firstRow + chart.rowCount;
  return Array.from({ length: chartRows + 1 }, (_, i) => below + i);
}

/** A piece to keep on one page: a run of filled rows with no blank row between (a table from its title to its caption or note). */
interface Piece {
  first: number;
  rows: number;
  height: number;
}

function piecesOf(heights: ReadonlyMap<number, number>, from: number): Piece[] {
  const rows = [...heights.keys()].filter((row) => row >= from).sort((a, b) => a - b);
  const pieces: Piece[] = [];
  rows.forEach((row, i) => {
    const height = heights.get(row) as number;
    const last = pieces[pieces.length - 1];
    if (i > 0 && rows[i - 1] === row - 1) {
      last.rows++;
      last.height += height;
    } else pieces.push({ first: row, rows: 1, height });
  });
  return pieces;
}

/**
 * The rows (0-based) before which a manual page break goes, so that no table starts on a page it
 * cannot finish on: each run of rows without a blank row between them (a table with its title,
 * caption and note; the analysis; the chart with its data when `chartRows`, the rows the writer's
 * chart takes, is given) that would cross the foot of the page moves whole to the next one. Pages
 * are measured as Excel prints the layout: its paper, margins and title rows, at the scale that fits
 * its columns to the width of a page. A piece taller than a page starts on a page of its own.
 */
export function pageBreaks(layout: SheetLayout, chartRows = 0): number[] {
  const print = layout.print;
  if (!print) return [];
  const heights = rowHeights(layout.blocks);
  for (const row of chartRowsOf(layout, chartRows)) heights.set(row, heights.get(row) ?? LINE_HEIGHT);
  const titles = Array.from({ length: print.titleRows }, (_, row) => heights.get(row) ?? LINE_HEIGHT).reduce((sum, h) => sum + h, 0);
  const page = printableArea(print).height / printScale(print, layout.columnWidths) - titles - SAFETY;
  const breaks: number[] = [];
  let used = 0;
  let next = print.titleRows;
  for (const piece of piecesOf(heights, print.titleRows)) {
    // The blank rows before the piece end the page they fall on; one that does not fit starts the next.
    for (; next < piece.first; next++) used = used + LINE_HEIGHT > page ? LINE_HEIGHT : used + LINE_HEIGHT;
    if (used > 0 && used + piece.height > page) {
      breaks.push(piece.first);
      used = 0;
    }
    // A piece taller than a page runs on over Excel's own breaks.
    used = piece.height > page ? (used + piece.height) % page : used + piece.height;
    next = piece.first + piece.rows;
  }
  return breaks;
}
