import type { BlockStyle, CellBlock } from "./layout.types";
import { PARAGRAPH_STYLES } from "./wrapParagraphs";

const BOUNDS = { min: 10, max: 60 };
/** Bold text runs about a tenth wider than the regular digits a column width is counted in. */
const BOLD_STYLES: ReadonlySet<BlockStyle> = new Set(["header", "sum", "total"]);
const BOLD_WIDTH = 1.1;
/** Room beside the text, so a heading or figure never touches its neighbour. */
const PADDING = 2;

/** Characters a cell shows: its text, or a figure with its sign and the thousands separators of "#,##0". */
function shownLength(value: string | number | null): number {
  if (value === null) return 0;
  if (typeof value === "string") return value.length;
  const [whole, decimals] = Math.abs(value).toString().split(".");
  const separators = Math.floor((whole.length - 1) / 3);
  return (value < 0 ? 1 : 0) + whole.length + separators + (decimals ? decimals.length + 1 : 0);
}

function widthOf(value: string | number | null, style: BlockStyle): number {
  return Math.ceil(shownLength(value) * (BOLD_STYLES.has(style) ? BOLD_WIDTH : 1)) + PADDING;
}

/** Titles run on into the empty cells beside them and paragraphs wrap to the width found here. */
function fitted(block: CellBlock): boolean {
  return block.style !== "title" && !PARAGRAPH_STYLES.has(block.style);
}

/**
 * Column widths in characters that show every heading, label and figure of the sheet's tables on
 * one line (between 10 and 60), so no heading needs wrapping and no figure turns into ###.
 */
export function columnWidths(blocks: readonly CellBlock[]): number[] {
  const widths: number[] = [];
  for (const block of blocks.filter(fitted)) {
    block.values.forEach((row) =>
      row.forEach((value, c) => {
        const column = block.column + c;
        widths[column] = Math.max(widths[column] ?? BOUNDS.min, widthOf(value, block.style));
      })
    );
  }
  return Array.from(widths, (width) => Math.min(BOUNDS.max, width ?? BOUNDS.min));
}
