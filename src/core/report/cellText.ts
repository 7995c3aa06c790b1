import type { Notice, Where } from "../errors";
import { placeParams } from "../workbook/cells";
import { tableNotes } from "./tableNote";
import type { Report } from "./types";

/** Excel's limit on the characters of one cell: a longer text is refused by Excel (and cut by other programs). */
export const CELL_TEXT_LIMIT = 32_767;
const ELLIPSIS = "…";

/**
 * A text as a cell can hold it: whole when it fits, else cut to the limit and ending in "…", so
 * the report is written all the same and the reader sees that the text goes on (the report's
 * warnings say which). Absurdly long labels (a pasted paragraph as Rad) are what gets here.
 */
export function cellText(text: string): string {
  if (text.length <= CELL_TEXT_LIMIT) return text;
  let cut = text.slice(0, CELL_TEXT_LIMIT - ELLIPSIS.length);
  // Never leave half of a character written as two UTF-16 units.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return cut + ELLIPSIS;
}

/**
 * One warning per text of the report that a cell cannot hold, quoting its beginning so the user finds it, and
 * naming the workbook's cell it came from when `sourceOf` knows it.
 */
export function cellTextWarnings(texts: readonly string[], sourceOf: (text: string) => Where | undefined = () => undefined): Notice[] {
  return texts
    .filter((text) => text.length > CELL_TEXT_LIMIT)
    .map((text): Notice => {
      const params = { start: text.slice(0, 40), length: text.length, limit: CELL_TEXT_LIMIT };
      const where = sourceOf(text);
      return where ? { code: "textCappedAt", params: { ...params, ...placeParams(where) }, where } : { code: "textCapped", params };
    });
}

/** Every text of the report that the sheet writes into a cell of its own. */
export function textsOf(report: Pick<Report, "tables" | "narrative">): string[] {
  return [
    ...report.tables.flatMap((table) => [table.title, ...table.columns, ...table.rows.map((row) => row.label), ...(table.caption ? [table.caption] : []), ...tableNotes(table)]),
    ...report.narrative.paragraphs,
    ...(report.narrative.causes ?? []).map((item) => item.label),
  ];
}
