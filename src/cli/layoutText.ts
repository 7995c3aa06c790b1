import type { SheetLayout } from "../core/report";
import { terminalFigure } from "./textReport";

type Cell = string | number | null;

/** A figure as the sheet's `#,##0` shows it, for a terminal. */
function shown(value: Cell): string {
  if (value === null) return "";
  return typeof value === "number" ? terminalFigure(value) : value;
}

/**
 * A generated sheet (the members' account, the exit) as aligned text for `oit-budget demo`: the same blocks the
 * writers put in cells, so the terminal shows the sheet's figures. Titles and captions run on; table cells are
 * padded to their column, figures right-aligned.
 */
export function layoutText(layout: SheetLayout): string {
  const rows = new Map<number, { cells: Cell[]; flowing: boolean }>();
  for (const block of layout.blocks) {
    const flowing = block.style === "title" || block.style === "caption" || block.style === "text" || block.style === "note";
    block.values.forEach((values, i) => rows.set(block.row + i, { cells: [...Array<Cell>(block.column).fill(null), ...values], flowing }));
  }
  const last = Math.max(...rows.keys());
  // Each table (a run of table rows) aligns its own columns.
  const widthsOf = new Map<number, number[]>();
  let widths: number[] = [];
  for (let r = 0; r <= last; r++) {
    const row = rows.get(r);
    if (!row || row.flowing) {
      widths = [];
      continue;
    }
    row.cells.forEach((cell, c) => (widths[c] = Math.max(widths[c] ?? 0, shown(cell).length)));
    widthsOf.set(r, widths);
  }
  const lines: string[] = [];
  for (let r = 0; r <= last; r++) {
    const row = rows.get(r);
    const w = widthsOf.get(r) ?? [];
    if (!row) lines.push("");
    else if (row.flowing) lines.push(row.cells.map(shown).join(" ").trim());
    else lines.push(row.cells.map((cell, c) => (typeof cell === "number" ? shown(cell).padStart(w[c]) : shown(cell).padEnd(w[c]))).join("  ").trimEnd());
  }
  return lines.join("\n").replace(/\n{3,}/g, "\n\n") + "\n";
}
