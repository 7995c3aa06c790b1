import type { SheetLayout } from "../report/layout.types";

function sameCell(expected: string | number | null, found: unknown): boolean {
  if (expected === null || expected === "") return found === null || found === undefined || found === "";
  return expected === found;
}

/**
 * The first cell (0-based) where a written sheet no longer shows what the layout computed from the
 * workbook now, or null when every cell of the layout is still there. This is how the checks tell
 * a report sheet older than the ledger: Office.js cannot tell when a table last changed.
 */
export function layoutMismatch(layout: SheetLayout, cells: readonly (readonly unknown[])[]): { row: number; column: number } | null {
  for (const block of layout.blocks) {
    for (let r = 0; r < block.values.length; r++) {
      for (let c = 0; c < block.values[r].length; c++) {
        const row = block.row + r;
        const column = block.column + c;
        if (!sameCell(block.values[r][c], cells[row]?.[column])) return { row, column };
      }
    }
  }
  return null;
}

/** Rows and columns a sheet must be read over to compare it with the layout. */
export function layoutExtent(layout: SheetLayout): { rows: number; columns: number } {
  return {
    rows: Math.max(1, ...layout.blocks.map((block) => block.row + block.values.length)),
    columns: Math.max(1, ...layout.blocks.map((block) => block.column + (block.values[0]?.length ?? 0))),
  };
}
