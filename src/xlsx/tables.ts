import { columnLetters } from "../core/workbook";
import { parseRange, type CellRange } from "./a1";
import { freeName } from "./insertSheet";
import type { XlsxPackage } from "./package";
import { relationshipsOf, relationshipsPart, sheetParts, type SheetPart } from "./workbookParts";
import { appendInside, attribute, elements, escapeXml, firstElement, splice, withAttribute } from "./xml";

const TABLE_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table";
const TABLE_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";
const RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** An Excel table of the workbook (a `xl/tables/tableN.xml` part) and the sheet it stands on. */
export interface TablePart {
  name: string;
  part: string;
  sheet: SheetPart;
  /** Header row, body and totals row, 0-based and inclusive. */
  range: CellRange;
  /** The column names, in the table's order (the header cells' text). */
  headers: string[];
  totalsRows: number;
  id: number;
}

/** "A1:G9" for a 0-based rectangle. */
export function rangeText(range: CellRange): string {
  return `${columnLetters(range.left)}${range.top + 1}:${columnLetters(range.right)}${range.bottom + 1}`;
}

/** The table element (the part's root), not one of its tableColumn/tableStyleInfo children. */
function tableElement(xml: string) {
  return firstElement(xml, "table");
}

/** Every Excel table of the workbook, sheet by sheet. */
export function tablePartsOf(pkg: XlsxPackage): TablePart[] {
  return sheetParts(pkg).flatMap((sheet) =>
    relationshipsOf(pkg, sheet.part)
      .filter((relationship) => relationship.kind === "table" && !relationship.external && pkg.has(relationship.target))
      .flatMap((relationship): TablePart[] => {
        const xml = pkg.text(relationship.target) ?? "";
        const table = tableElement(xml);
        const range = parseRange(attribute(table?.attributes ?? "", "ref") ?? "");
        if (!table || !range) return [];
        const columns = elements(firstElement(xml, "tableColumns")?.content ?? "", "tableColumn");
        return [
          {
            name: attribute(table.attributes, "displayName") ?? attribute(table.attributes, "name") ?? "",
            part: relationship.target,
            sheet,
            range,
            headers: columns.map((column) => attribute(column.attributes, "name") ?? ""),
            totalsRows: Number(attribute(table.attributes, "totalsRowCount") ?? 0),
            id: Number(attribute(table.attributes, "id") ?? 0),
          },
        ];
      })
  );
}

/** The table's range with `rows` more body rows: its `ref` and its filter's, so Excel sees the new rows as the table's. */
export function growTable(pkg: XlsxPackage, table: TablePart, rows: number): void {
  const range = rangeText({ ...table.range, bottom: table.range.bottom + rows });
  let xml = pkg.text(table.part) ?? "";
  const root = tableElement(xml);
  if (!root) return;
  xml = splice(xml, root, root.text.replace(root.attributes, withAttribute(root.attributes, "ref", range)));
  const filter = firstElement(xml, "autoFilter");
  if (filter) xml = splice(xml, filter, filter.text.replace(filter.attributes, withAttribute(filter.attributes, "ref", range)));
  pkg.setText(table.part, xml);
}

/**
 * The start of the worksheet's own `<extLst>` (the only child that follows tableParts in CT_Worksheet), else of
 * its closing tag: found by depth after sheetData, because conditional formats carry extLst elements of their own.
 */
function tablePartsPosition(xml: string): number {
  const sheetData = firstElement(xml, "sheetData");
  const tags = /<(\/?)((?:[\w.-]+:)?[\w.-]+)[^>]*?(\/?)>/g;
  tags.lastIndex = sheetData ? sheetData.start + sheetData.text.length : 0;
  let depth = 0;
  for (let match = tags.exec(xml); match; match = tags.exec(xml)) {
    const [, closing, name, empty] = match;
    if (closing) {
      if (depth === 0) return match.index;
      depth--;
    } else if (!empty) {
      if (depth === 0 && /(?:^|:)extLst$/.test(name)) return match.index;
      depth++;
    } else if (depth === 0 && /(?:^|:)extLst$/.test(name)) return match.index;
  }
  return xml.lastIndexOf("</");
}

/** The sheet part's root with the relationships namespace declared as `r` (tablePart's r:id needs it). */
function withRelationshipsNamespace(xml: string): string {
  const root = firstElement(xml, "worksheet");
  if (!root || attribute(root.attributes, "xmlns:r") !== undefined) return xml;
  const head = root.text.slice(0, root.text.indexOf(">") + 1);
  const newHead = head.replace(root.attributes, `${root.attributes} xmlns:r="${RELATIONSHIPS_NS}"`);
  return xml.slice(0, root.start) + newHead + xml.slice(root.start + head.length);
}

/** A relationship from the sheet to its new table part; returns its id. */
function relateTable(pkg: XlsxPackage, sheet: SheetPart, target: string): string {
  const rels = relationshipsPart(sheet.part);
  const taken = relationshipsOf(pkg, sheet.part).map((relationship) => relationship.id);
  const id = freeName((candidate) => taken.includes(candidate), (n) => `rId${n}`);
  const folder = sheet.part.slice(0, sheet.part.lastIndexOf("/") + 1);
  const relative = target.startsWith(folder) ? target.slice(folder.length) : `../${target.slice(target.indexOf("/") + 1)}`;
  const relationship = `<Relationship Id="${id}" Type="${TABLE_TYPE}" Target="${escapeXml(relative)}"/>`;
  const existing = pkg.text(rels);
  pkg.setText(
    rels,
    existing
      ? appendInside(existing, "Relationships", relationship)
      : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationship}</Relationships>`
  );
  return id;
}

/** The sheet's `<tableParts>` with one more part (created in its schema place when the sheet has none). */
function listTablePart(pkg: XlsxPackage, sheet: SheetPart, relationshipId: string): void {
  let xml = withRelationshipsNamespace(pkg.text(sheet.part) ?? "");
  const entry = `<tablePart r:id="${relationshipId}"/>`;
  const parts = firstElement(xml, "tableParts");
  if (parts) {
    const count = elements(parts.content ?? "", "tablePart").length + 1;
    const updated = appendInside(parts.text, "tableParts", entry);
    xml = splice(xml, parts, updated.replace(parts.attributes, withAttribute(parts.attributes, "count", String(count))));
  } else {
    const at = tablePartsPosition(xml);
    xml = `${xml.slice(0, at)}<tableParts count="1">${entry}</tableParts>${xml.slice(at)}`;
  }
  pkg.setText(sheet.part, xml);
}

/**
 * Makes the cells `range` of the sheet an Excel table named `name` whose header row holds `headers` (the cells
 * must already say so: Excel repairs a table whose column names differ from its header cells). Style and filter
 * as Excel gives a new table; every other part is left as it was.
 */
export function addTablePart(pkg: XlsxPackage, sheet: SheetPart, name: string, headers: readonly string[], range: CellRange): void {
  const id = Math.max(0, ...tablePartsOf(pkg).map((table) => table.id)) + 1;
  const part = freeName((candidate) => pkg.has(candidate), (n) => `xl/tables/table${n}.xml`);
  const ref = rangeText(range);
  const columns = headers.map((header, i) => `<tableColumn id="${i + 1}" name="${escapeXml(header)}"/>`).join("");
  pkg.setText(
    part,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="${MAIN_NS}" id="${id}" name="${escapeXml(name)}" displayName="${escapeXml(name)}" ref="${ref}" totalsRowShown="0">` +
      `<autoFilter ref="${ref}"/><tableColumns count="${headers.length}">${columns}</tableColumns>` +
      `<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
  const types = pkg.text("[Content_Types].xml") ?? "";
  pkg.setText("[Content_Types].xml", appendInside(types, "Types", `<Override PartName="/${part}" ContentType="${TABLE_CONTENT}"/>`));
  listTablePart(pkg, sheet, relateTable(pkg, sheet, part));
}
