/** A rectangle of cells, 0-based and inclusive, as the core's `origin` counts. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "AB" → 27 (1-based column number, as in A1 addresses). */
function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0);
}

/** "B2:D9" (or a single cell "B2", with or without $) → its 0-based rectangle; null when not an A1 reference. */
export function parseRange(ref: string): CellRange | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(ref.trim());
  if (!match) return null;
  const [, firstColumn, firstRow, lastColumn = firstColumn, lastRow = firstRow] = match;
  return {
    top: Number(firstRow) - 1,
    left: columnNumber(firstColumn) - 1,
    bottom: Number(lastRow) - 1,
    right: columnNumber(lastColumn) - 1,
  };
}
