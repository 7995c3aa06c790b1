import { columnLetters } from "../core/workbook";
import { parseRange, type CellRange } from "./a1";
import type { XlsxPackage } from "./package";
import { attribute, elements, firstElement, splice, withAttribute, withoutAttribute, type XmlElement } from "./xml";

interface RowCells {
  row: number;
  element: XmlElement;
  cells: { column: number; text: string; element: XmlElement }[];
}

/** "AB12" → 0-based column 27 and row 11. */
function cellPosition(reference: string): { row: number; column: number } | undefined {
  const range = parseRange(reference);
  return range ? { row: range.top, column: range.left } : undefined;
}

/**
 * The rows of a sheetData's content with every row and cell numbered: `r` is optional in the file format (a row
 * or cell without it follows the one before), so positions are counted as Excel counts them.
 */
function numberedRows(content: string): RowCells[] {
  let previousRow = -1;
  return elements(content, "row").map((element) => {
    const stated = attribute(element.attributes, "r");
    const row = stated ? Number(stated) - 1 : previousRow + 1;
    previousRow = row;
    let previousColumn = -1;
    const cells = elements(element.content ?? "", "c").map((cell) => {
      const column = cellPosition(attribute(cell.attributes, "r") ?? "")?.column ?? previousColumn + 1;
      previousColumn = column;
      return { column, text: cell.text, element: cell };
    });
    return { row, element, cells };
  });
}

/** A cell that shows something: a value, inline text or a formula (a styled empty cell shows nothing). */
function holdsContent(cell: XmlElement): boolean {
  return /<(?:[\w.-]+:)?(?:v|is|f)[\s/>]/.test(cell.content ?? "");
}

function within(range: CellRange, row: number, column: number): boolean {
  return row >= range.top && row <= range.bottom && column >= range.left && column <= range.right;
}

function overlaps(a: CellRange, b: CellRange): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

/** The A1 address of the first cell in `range` that holds something or is part of a merged area, else undefined. */
export function occupiedCell(pkg: XlsxPackage, sheetPart: string, range: CellRange): string | undefined {
  const xml = pkg.text(sheetPart) ?? "";
  const content = firstElement(xml, "sheetData")?.content ?? "";
  for (const row of numberedRows(content)) {
    if (row.row < range.top || row.row > range.bottom) continue;
    const cell = row.cells.find((candidate) => within(range, row.row, candidate.column) && holdsContent(candidate.element));
    if (cell) return `${columnLetters(cell.column)}${row.row + 1}`;
  }
  const merged = elements(xml, "mergeCell")
    .map((element) => parseRange(attribute(element.attributes, "ref") ?? ""))
    .find((area) => area && overlaps(area, range));
  return merged ? `${columnLetters(merged.left)}${merged.top + 1}` : undefined;
}

/** A row element with the given cells, its `r` stated and its `spans` (a hint of its first and last cell) dropped. */
function rowText(row: RowCells | undefined, number: number, cells: readonly { text: string }[]): string {
  const attributes = withAttribute(withoutAttribute(row?.element.attributes ?? "", "spans"), "r", String(number + 1));
  const tag = row?.element.tag ?? "row";
  return `<${tag}${attributes.replace(/\s*\/$/, "")}>${cells.map((cell) => cell.text).join("")}</${tag}>`;
}

/** A cell element with its `r` stated, so cells put beside it cannot shift where it stands. */
function addressed(cell: RowCells["cells"][number], row: number): { column: number; text: string } {
  const { element } = cell;
  const attributes = withAttribute(element.attributes.replace(/\s*\/$/, ""), "r", `${columnLetters(cell.column)}${row + 1}`);
  return { column: cell.column, text: element.content === undefined ? `<${element.tag}${attributes}/>` : `<${element.tag}${attributes}>${element.content}</${element.tag}>` };
}

/** The sheet's `<dimension>` grown to cover `range` too. */
function grownDimension(xml: string, range: CellRange): string {
  const dimension = firstElement(xml, "dimension");
  if (!dimension) return xml;
  const [first, last] = (attribute(dimension.attributes, "ref") ?? "").split(":");
  const from = cellPosition(first ?? "");
  const to = cellPosition(last ?? first ?? "") ?? from;
  const union = from && to ? { top: Math.min(from.row, range.top), left: Math.min(from.column, range.left), bottom: Math.max(to.row, range.bottom), right: Math.max(to.column, range.right) } : range;
  const ref = `${columnLetters(union.left)}${union.top + 1}:${columnLetters(union.right)}${union.bottom + 1}`;
  return splice(xml, dimension, dimension.text.replace(dimension.attributes, withAttribute(dimension.attributes, "ref", ref)));
}

/**
 * Puts the cells of `rendered` (a sheet made fit for the workbook by adoptedSheet, its cells at their final
 * addresses) into the workbook's sheet part: cells of the sheet's own rows stay as they were, rows it had none of
 * are added in order. The caller has checked with occupiedCell that no cell written over holds anything.
 */
export function mergeCells(pkg: XlsxPackage, sheetPart: string, rendered: string): void {
  const added = numberedRows(firstElement(rendered, "sheetData")?.content ?? "").filter((row) => row.cells.length > 0);
  if (added.length === 0) return;
  const xml = pkg.text(sheetPart) ?? "";
  const sheetData = firstElement(xml, "sheetData");
  if (!sheetData) throw new Error(`${sheetPart} has no sheetData`);
  const own = numberedRows(sheetData.content ?? "");
  const byRow = new Map(added.map((row) => [row.row, row]));
  const numbers = [...new Set([...own.map((row) => row.row), ...added.map((row) => row.row)])].sort((a, b) => a - b);
  const ownByRow = new Map(own.map((row) => [row.row, row]));
  const body = numbers
    .map((number) => {
      const mine = ownByRow.get(number);
      const theirs = byRow.get(number);
      if (!theirs) return mine && attribute(mine.element.attributes, "r") ? mine.element.text : rowText(mine, number, mine?.cells.map((cell) => addressed(cell, number)) ?? []);
      const columns = new Set(theirs.cells.map((cell) => cell.column));
      const kept = (mine?.cells ?? []).filter((cell) => !columns.has(cell.column)).map((cell) => addressed(cell, number));
      const cells = [...kept, ...theirs.cells.map((cell) => addressed(cell, number))].sort((a, b) => a.column - b.column);
      // A new row takes none of the rendering's own row attributes (their namespaces may not be declared here).
      return rowText(mine, number, cells);
    })
    .join("");
  const top = Math.min(...added.map((row) => row.row));
  const bottom = Math.max(...added.map((row) => row.row));
  const left = Math.min(...added.flatMap((row) => row.cells.map((cell) => cell.column)));
  const right = Math.max(...added.flatMap((row) => row.cells.map((cell) => cell.column)));
  const replaced = splice(xml, sheetData, `<${sheetData.tag}${sheetData.attributes.replace(/\s*\/$/, "")}>${body}</${sheetData.tag}>`);
  pkg.setText(sheetPart, grownDimension(replaced, { top, left, bottom, right }));
}
