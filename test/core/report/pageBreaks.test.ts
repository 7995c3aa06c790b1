import type { CellBlock, SheetLayout } from "../../../src/core/report/layout.types";
import { columnWidthInPoints, pageBreaks } from "../../../src/core/report/pageBreaks";
import { printSettings } from "../../../src/core/report/printSettings";

/**
 * A sheet title on row 0, a blank row, then tables of the given numbers of rows (title, header,
 * lines, total), each followed by a blank row. Landscape A4 with narrow margins at 100 % holds
 * 487 pt below the margins: the repeated title (17.25 pt) and a row kept free leave 455 pt, 30 rows.
 */
function sheet(tableRows: readonly number[], columnWidths = [40, 14, 14, 14]): SheetLayout {
  const blocks: CellBlock[] = [{ row: 0, column: 0, values: [["Rapport"]], style: "title" }];
  let row = 2;
  for (const rows of tableRows) {
    blocks.push({ row, column: 0, values: [["Tabell"]], style: "line" });
    blocks.push({ row: row + 1, column: 0, values: Array.from({ length: rows - 1 }, () => ["rad", 1, 2, 3]), style: "line" });
    row += rows + 1;
  }
  return { sheetName: "R", blocks, columnWidths, freezeRows: 1, print: printSettings("landscape", 1) };
}

/** The first row of each table of `sheet(tableRows)`. */
function starts(tableRows: readonly number[]): number[] {
  const rows = [2];
  tableRows.slice(0, -1).forEach((size, i) => rows.push(rows[i] + size + 1));
  return rows;
}

describe("pageBreaks", () => {
  it("breaks above a table that would cross the foot of the page, and only there", () => {
    // Used rows with the blank ones: 11, 22, then 33 > 30 — the third table moves; then 11, 22, 33 again.
    const tables = [10, 10, 10, 10, 10];
    expect(pageBreaks(sheet(tables))).toEqual([starts(tables)[2], starts(tables)[4]]);
  });

  it("leaves a sheet that fits one page without breaks, and a sheet without print settings alone", () => {
    expect(pageBreaks(sheet([8, 8, 8]))).toEqual([]);
    expect(pageBreaks({ ...sheet([10, 10, 10, 10, 10]), print: undefined })).toEqual([]);
  });

  it("fits more rows on a page when the columns are shrunk to the page's width", () => {
    const tables = [10, 10, 10, 10, 10];
    // 1 912 pt of columns on 805.9 pt of paper: printed at 42 %, a page holds 75 rows, six tables and their blank rows.
    const wide = [60, 60, 60, 60, 60, 60];
    expect(wide.reduce((sum, w) => sum + columnWidthInPoints(w), 0)).toBe(1912.5);
    expect(pageBreaks(sheet(tables, wide))).toEqual([]);
    const eleven = [...tables, ...tables, 10];
    expect(pageBreaks(sheet(eleven, wide))).toEqual([starts(eleven)[6]]);
  });

  it("starts a table taller than a page on a page of its own, and goes on after it", () => {
    const tables = [5, 40, 5];
    // 6 used, then 40 rows: a fresh page, running 10 rows onto the next; 10 + 1 + 5 fits there.
    expect(pageBreaks(sheet(tables))).toEqual([starts(tables)[1]]);
  });

  it("keeps the chart's rows with its data when the writer draws one", () => {
    const layout = { ...sheet([10, 10]), chart: { title: "c", firstRow: 14, rowCount: 9, labelColumn: 0, valueColumn: 1 } };
    // The second table (rows 13–22) fits; with the chart's 15 rows under it, it does not.
    expect(pageBreaks(layout)).toEqual([]);
    expect(pageBreaks(layout, 15)).toEqual([13]);
  });
});
