import type { BlockStyle, CellBlock } from "./layout.types";

/** Styles whose rows are sentences rather than table cells: they wrap across the table instead of running off it. */
export const PARAGRAPH_STYLES: ReadonlySet<BlockStyle> = new Set(["text", "caption", "note"]);

/** Height of one line of Excel's default font (Calibri 11) in points, as Excel sizes a row of it. */
export const LINE_HEIGHT = 15;

/** Width, in characters, that the cell's inner margins take from the text. */
const CELL_PADDING = 1;

/**
 * Lines a text takes when wrapped at spaces to `width` characters (width units are a digit's
 * width, which ordinary text does not exceed on average); a word longer than a line gets lines of its own.
 */
export function wrappedLines(text: string, width: number): number {
  let lines = 0;
  let used = 0;
  for (const word of text.split(/\s+/).filter((w) => w.length > 0)) {
    if (used > 0 && used + 1 + word.length <= width) {
      used += 1 + word.length;
      continue;
    }
    const taken = Math.ceil(word.length / width);
    lines += taken;
    used = word.length - (taken - 1) * width;
  }
  return Math.max(1, lines);
}

/**
 * Each paragraph row becomes one cell merged from its column to the last one, its text wrapped,
 * with a height that holds the wrapped lines (Excel does not fit a merged row's height itself).
 */
export function wrapParagraphs(blocks: readonly CellBlock[], columnWidths: readonly number[]): CellBlock[] {
  return blocks.map((block) => {
    if (!PARAGRAPH_STYLES.has(block.style)) return block;
    const width = columnWidths.slice(block.column).reduce((sum, w) => sum + w, 0) - CELL_PADDING;
    return {
      ...block,
      mergeAcross: columnWidths.length - block.column,
      rowHeights: block.values.map(([text]) => wrappedLines(String(text ?? ""), width) * LINE_HEIGHT),
    };
  });
}
