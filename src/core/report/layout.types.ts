/**
 * The report sheet as positioned cells, computed once in the core and written by both
 * hosts (Office.js in src/excel, ExcelJS in src/cli), so the two sheets cannot drift apart.
 */
export type BlockStyle = "title" | "header" | "line" | "sum" | "total" | "caption" | "note" | "text";

export interface CellBlock {
  /** 0-based position of the block's top-left cell on the sheet. */
  row: number;
  column: number;
  /** Rectangular: every inner array has the same length. Numbers stay numbers, never pre-formatted text. */
  values: (string | number | null)[][];
  style: BlockStyle;
  /** Number format for the numeric cells of the block, e.g. "#,##0;-#,##0". */
  numberFormat?: string;
  /**
   * A paragraph: each row's one cell is merged across this many columns and its text wrapped, so
   * a long sentence stays within the printed table instead of running off to the right.
   */
  mergeAcross?: number;
  /** Heights in points, one per row of the block: Excel does not fit the height of a merged row to its text. */
  rowHeights?: number[];
}

/**
 * A clustered bar chart of one column of figures against their labels (both 0-based ranges on the
 * sheet). The rows under the data are the chart's: a writer draws it there, across the sheet's columns.
 */
export interface ChartSpec {
  title: string;
  /** First data row and the number of rows; labels and values are in the given columns. */
  firstRow: number;
  rowCount: number;
  labelColumn: number;
  valueColumn: number;
  /** Several series side by side: their names, for the adjacent columns from valueColumn on; one unnamed series without. */
  series?: string[];
}

/** Page margins in inches, the unit of the file format and both writers. */
export interface PageMargins {
  left: number;
  right: number;
  top: number;
  bottom: number;
  header: number;
  footer: number;
}

export interface PrintSettings {
  orientation: "portrait" | "landscape";
  paperSize: "A4";
  /** Every column on the width of one page, as many pages down as the rows need. */
  fitToWidth: boolean;
  /** Rows printed again at the top of every page (the sheet's title and column headings); 0 for none. */
  titleRows: number;
  margins: PageMargins;
}

export interface SheetLayout {
  sheetName: string;
  blocks: CellBlock[];
  /** Column widths in characters, from column 0. */
  columnWidths: number[];
  /** Rows frozen at the top (the sheet's title and column headings). */
  freezeRows: number;
  /** How the sheet prints; without it the host's defaults apply (a sheet made to be read on screen only). */
  print?: PrintSettings;
  chart?: ChartSpec;
}
