/** The error values Excel can put in a cell, as hosts hand them over (text, or ExcelJS's { error }). */
const excelErrors = new Set([
  "#N/A",
  "#VALUE!",
  "#DIV/0!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#BUSY!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#UNKNOWN!",
]);

/**
 * The Excel error text a cell value stands for, or undefined when it is not an error value: text
 * ("#N/A", from Office.js ranges), ExcelJS's { error }, or the CustomFunctions.Error { code } that
 * Excel passes a custom function when its metadata allows error inputs (allowErrorForDataTypeAny).
 */
export function excelErrorOf(value: unknown): string | undefined {
  if (typeof value === "string") {
    const text = value.trim().toUpperCase();
    return excelErrors.has(text) ? text : undefined;
  }
  if (typeof value === "object" && value !== null) {
    if ("error" in value) return excelErrorOf((value as { error: unknown }).error);
    if ("code" in value) return excelErrorOf((value as { code: unknown }).code);
  }
  return undefined;
}
