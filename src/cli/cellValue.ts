import type { CellValue } from "exceljs";

/**
 * An ExcelJS cell value as the core expects raw input (TableData): numbers, strings, booleans,
 * dates and null as they are; a formula by its cached result (the CLI never recalculates);
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
