import type { CellValue } from "exceljs";

/**
 * A formula whose file holds no computed value (ExcelJS gives it no result): a workbook saved by a program that
 * does not calculate. The CLI never recalculates, so such a cell has no value to read.
 */
export function isUncalculatedFormula(value: CellValue | undefined): boolean {
  return typeof value === "object" && value !== null && ("formula" in value || "sharedFormula" in value) && value.result === undefined;
}

/**
 * An ExcelJS cell value as the core expects raw input (TableData): numbers, strings, booleans,
 * dates and null as they are; a formula by its cached result (the CLI never recalculates; one without
 * a result is null here, and TableData.uncalculated names it);
 * an error value as its text ("#N/A") so the core can name it; rich text and links as plain text.
 */
export function rawCellValue(value: CellValue | undefined): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== "object" || value instanceof Date) return value;
  if ("error" in value) return value.error;
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("formula" in value || "sharedFormula" in value) return rawCellValue(value.result as CellValue | undefined);
  return rawCellValue(value.text as CellValue);
}
