/**
 * The fake Excel host's workbook: plain data that tests seed and inspect. Positions are 0-based
 * (row, column), as in Office.js getRangeByIndexes; addresses are A1 text for messages and logs.
 */
import type { PageMargins } from "../../src/core/report/layout.types";
import { columnLetters } from "../../src/core/workbook/cells";
import { parseRange } from "../../src/xlsx/a1";

export type CellValue = string | number | boolean;

/** A seed cell holding an Excel error value, e.g. errorValue("#N/A"). */
export interface ErrorValue {
  error: string;
}

export function errorValue(text: string): ErrorValue {
  return { error: text };
}

export interface Cell {
  value: CellValue;
  /** An error value: Range.values shows its text, Range.valueTypes says "Error". */
  error: boolean;
  /** Set when Excel took the written text for a formula (see FakeRange.values). */
  formula?: string;
  numberFormat: string;
  bold: boolean;
  fill: string | null;
  wrapText: boolean;
  verticalAlignment: string;
  horizontalAlignment: string;
}

export interface Rect {
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
}

/** A range on a sheet that follows the sheet when it is renamed, as references in Excel do. */
export interface RangeRef {
  sheet: SheetState;
  rect: Rect;
}

export interface NamedItemState {
  name: string;
  reference: RangeRef | string;
  comment: string;
}

export interface ChartState {
  type: string;
  source: RangeRef;
  seriesBy: string;
  categories?: RangeRef;
  /** Names given to the series, by index. */
  seriesNames?: string[];
  title: string;
  legendVisible: boolean;
  reversePlotOrder: boolean;
  anchor?: RangeRef | string;
  /** The cell of the chart's bottom-right corner, when setPosition was given one. */
  anchorEnd?: RangeRef | string;
}

/** Sheet.pageLayout as the adapter sets it; margins in points here, as PageLayout reports them (the layout's are inches). */
export interface PrintState {
  orientation: string;
  paperSize: string;
  margins: PageMargins;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  /** The rows repeated on each printed page, e.g. "$1:$2". */
  titleRows?: string;
  /** Manual page breaks: the 0-based rows each starts a page with (Worksheet.horizontalPageBreaks). */
  pageBreaks?: number[];
}

/** A new sheet's page layout in Excel (en-US): upright Letter, "Normal" margins, 100 %. */
export function defaultPrint(): PrintState {
  return {
    orientation: "Portrait",
    paperSize: "Letter",
    margins: { left: 50.4, right: 50.4, top: 54, bottom: 54, header: 21.6, footer: 21.6 },
    zoom: { scale: 100 },
  };
}

export interface SheetState {
  id: number;
  name: string;
  /** Keyed by cellKey(row, column). */
  cells: Map<string, Cell>;
  columnWidths: Map<number, number>;
  /** Worksheet-scoped named items, keyed by lower-case name (Excel names ignore case). */
  names: Map<string, NamedItemState>;
  charts: ChartState[];
  frozenRows: number;
  /** Merged areas, in the order they were merged. */
  merges: Rect[];
  /** Row heights in points, set ones only. */
  rowHeights: Map<number, number>;
  print: PrintState;
}

export interface TableState {
  name: string;
  sheet: SheetState;
  headerRow: number;
  column: number;
  columnCount: number;
  rowCount: number;
  /** AutoFilter criteria: the values shown, per column of the table (0-based); a column without criteria shows all. */
  filters: Map<number, string[]>;
}

export type WriteAction =
  | "addSheet"
  | "deleteSheet"
  | "renameSheet"
  | "moveSheet"
  | "activate"
  | "values"
  | "numberFormat"
  | "bold"
  | "fill"
  | "columnWidth"
  | "rowHeight"
  | "merge"
  | "wrapText"
  | "verticalAlignment"
  | "horizontalAlignment"
  | "pageLayout"
  | "freeze"
  | "chart"
  | "name"
  | "addTable"
  | "renameTable"
  | "addTableRows"
  | "filter";

/** One change the add-in asked of the workbook, with the sheet's name at that moment. */
export interface WriteEntry {
  action: WriteAction;
  sheet: string;
  sheetId: number;
  address?: string;
}

export function cellKey(row: number, column: number): string {
  return `${row},${column}`;
}

export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

export function rectAddress(rect: Rect): string {
  const first = cellAddress(rect.row, rect.column);
  const last = cellAddress(rect.row + rect.rowCount - 1, rect.column + rect.columnCount - 1);
  return first === last ? first : `${first}:${last}`;
}

/** "'Rapport jan–aug 2027'!E4:E7": the sheet's current name, quoted as Excel quotes it. */
export function refAddress(ref: RangeRef | string): string {
  if (typeof ref === "string") return ref;
  const name = /^[A-Za-z0-9_]+$/.test(ref.sheet.name)
    ? ref.sheet.name
    : `'${ref.sheet.name.replace(/'/g, "''")}'`;
  return `${name}!${rectAddress(ref.rect)}`;
}

/** "B2" or "B2:D9" (no sheet prefix) to a rectangle. */
export function parseAddress(address: string): Rect {
  const range = parseRange(address);
  if (!range) throw new Error(`fake Excel: unsupported address "${address}"`);
  return {
    row: range.top,
    column: range.left,
    rowCount: range.bottom - range.top + 1,
    columnCount: range.right - range.left + 1,
  };
}

export function blankCell(): Cell {
  return {
    value: "",
    error: false,
    numberFormat: "General",
    bold: false,
    fill: null,
    wrapText: false,
    verticalAlignment: "Bottom",
    horizontalAlignment: "General",
  };
}
