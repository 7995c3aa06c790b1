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
}

/** A clustered bar chart of one column of figures against their labels (both 0-based ranges on the sheet). */
export interface ChartSpec {
  title: string;
  /** First data row and the number of rows; labels and values are in the given columns. */
  firstRow: number;
  rowCount: number;
  labelColumn: number;
  valueColumn: number;
}

export interface SheetLayout {
  sheetName: string;
  blocks: CellBlock[];
  /** Column widths in characters, from column 0. */
  columnWidths: number[];
  /** Rows frozen at the top (the sheet's title and column headings). */
  freezeRows: number;
  chart?: ChartSpec;
}
