import type { CellBlock, SheetLayout } from "../../src/core/report/layout.types";
import { printSettings } from "../../src/core/report/printSettings";
import type { FakeExcelHost } from "../fakes";

export const NUMBER_FORMAT = "#,##0;-#,##0";

/**
 * A hand-made report layout shaped like the real one: a title, a header, `lines` line rows,
 * a sum and a total row, a caption wrapped across the five columns, a chart of the lines' last
 * column, and landscape print settings that repeat the first three rows.
 */
export function sampleLayout(lines: number, sheetName = "Rapport jan–aug 2027"): SheetLayout {
  const lineRows = Array.from({ length: lines }, (_, i) => [
    `Rad ${i + 1}`,
    1000 + i,
    990 + i,
    10,
    -i,
  ]);
  const sum = (column: number) =>
    lineRows.reduce((total, row) => total + (row[column] as number), 0);
  const blocks: CellBlock[] = [
    { row: 0, column: 0, values: [["Ekonomisk sammanställning IT-nämnd (tkr)"]], style: "title" },
    {
      row: 2,
      column: 0,
      values: [["", "Budget", "Utfall", "Avvikelse ack.", "Avvikelse"]],
      style: "header",
    },
    { row: 3, column: 0, values: lineRows, style: "line", numberFormat: NUMBER_FORMAT },
    {
      row: 3 + lines,
      column: 0,
      values: [["Summa kostnader", sum(1), sum(2), sum(3), sum(4)]],
      style: "sum",
      numberFormat: NUMBER_FORMAT,
    },
    {
      row: 4 + lines,
      column: 0,
      values: [["Total", sum(1), sum(2), sum(3), sum(4)]],
      style: "total",
      numberFormat: NUMBER_FORMAT,
    },
    {
      row: 6 + lines,
      column: 0,
      values: [["Prognostiserad avvikelse fördelas efter nyckeln"]],
      style: "caption",
      mergeAcross: 5,
      rowHeights: [30],
    },
    { row: 7 + lines, column: 0, values: [], style: "note" },
  ];
  return {
    sheetName,
    blocks,
    columnWidths: [32, 12, 12, 14, 12],
    freezeRows: 3,
    print: printSettings("landscape", 3),
    chart: {
      title: "Avvikelse per rad",
      firstRow: 3,
      rowCount: lines,
      labelColumn: 0,
      valueColumn: 4,
    },
  };
}

/** Every block's values on the layout's sheet, where the layout puts them (null in a layout is a blank cell). */
export function expectBlocksWritten(host: FakeExcelHost, layout: SheetLayout): void {
  const sheet = host.sheet(layout.sheetName);
  for (const block of layout.blocks.filter((b) => b.values.length > 0)) {
    const rect = {
      row: block.row,
      column: block.column,
      rowCount: block.values.length,
      columnCount: block.values[0].length,
    };
    expect(host.valuesAt(sheet, rect)).toEqual(block.values.map((row) => row.map((value) => value ?? "")));
  }
}
