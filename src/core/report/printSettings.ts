import type { PageMargins, PrintSettings } from "./layout.types";

/** Excel's "Narrow" margins: more of the page for the figures, still clear of any printer's edge. */
const NARROW: PageMargins = { left: 0.25, right: 0.25, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };

/**
 * A sheet printed for the board: A4 (the Swedish paper), every column on one page's width and as
 * many pages down as needed, the first `titleRows` rows repeated on each page.
 */
export function printSettings(orientation: PrintSettings["orientation"], titleRows: number): PrintSettings {
  return { orientation, paperSize: "A4", fitToWidth: true, titleRows, margins: { ...NARROW } };
}
