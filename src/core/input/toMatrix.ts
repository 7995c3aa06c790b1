/**
 * An Excel argument as rows of cells: custom functions pass a range as unknown[][], a
 * single cell as a scalar; a flat array (a host's list) is taken as one row.
 */
export function toMatrix(value: unknown): unknown[][] {
  if (!Array.isArray(value)) return [[value]];
  if (value.every(Array.isArray)) return value as unknown[][];
  return [value];
}
