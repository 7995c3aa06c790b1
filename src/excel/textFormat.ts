/** Excel's number format for text: a value written to such a cell is kept as the text it is. */
export const TEXT_FORMAT = "@";

/**
 * Number formats to set, in the same batch and before the values, on a grid written with
 * Range.values: Excel parses a text written there that starts with =, +, - or @ as a formula (the
 * Range.values reference says so), so "- Licenser" would become #NAME?. Text cells get the text
 * format; every other cell gets `otherFormat(value, column)` (null leaves the cell's format as it is).
 */
export function textSafeFormats<V>(
  values: readonly (readonly V[])[],
  otherFormat: (value: V, column: number) => string | null
): (string | null)[][] {
  return values.map((row) =>
    row.map((value, column) => (typeof value === "string" && value !== "" ? TEXT_FORMAT : otherFormat(value, column)))
  );
}
