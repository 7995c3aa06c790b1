import type { XlsxPackage } from "./package";
import { selectSheet } from "./selectSheet";
import { mergeStyles } from "./styles";
import { relationshipsOf, relationshipsPart, sheetParts, workbookPart, type SheetPart } from "./workbookParts";
import { appendInside, attribute, elements, escapeXml, firstElement, splice, unescapeXml, withAttribute, type XmlElement } from "./xml";

const WORKSHEET_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
const WORKSHEET_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

/** One sheet to put into a workbook, as a one-sheet package (what ExcelJS writes) holds it. */
export interface SheetSource {
  pkg: XlsxPackage;
  /** The sheet's name in the workbook. */
  name: string;
  /** The workbook's sheet this one takes the place of (the add-in's previous sheet of that name), if any. */
  replaces?: string;
  /** Sheet-scoped defined names to give the sheet (the add-in's marker), name → formula. */
  names: Record<string, string>;
}

/** The source sheet's shared strings as inline strings (`<is>` has the content model of `<si>`), so sharedStrings.xml of the workbook stays as it was. */
function inlineStrings(sheet: string, shared: readonly string[]): string {
  return sheet.replace(/<c(?=\s)([^>]*?)\st="s"([^>]*)>\s*<v>(\d+)<\/v>\s*<\/c>/g, (_whole, before: string, afterType: string, index: string) => {
    return `<c${before} t="inlineStr"${afterType}><is>${shared[Number(index)] ?? ""}</is></c>`;
  });
}

/** Every `s="n"` (cells, rows) and `style="n"` (columns) of the sheet through the merged stylesheet's numbering. */
function restyled(sheet: string, cellFormat: (index: number) => number): string {
  return sheet
    .replace(/(<(?:c|row)\s[^>]*?\ss=")(\d+)"/g, (_whole, head: string, index: string) => `${head}${cellFormat(Number(index))}"`)
    .replace(/(<col\s[^>]*?\sstyle=")(\d+)"/g, (_whole, head: string, index: string) => `${head}${cellFormat(Number(index))}"`);
}

export function freeName(taken: (candidate: string) => boolean, make: (n: number) => string): string {
  let n = 1;
  while (taken(make(n))) n++;
  return make(n);
}

/** Parts reached only through the removed sheet's relationships (its drawing, charts, comments), removed with it. */
function removeOwnedParts(pkg: XlsxPackage, part: string): void {
  const rels = relationshipsPart(part);
  const owned = relationshipsOf(pkg, part).filter((relationship) => !relationship.external).map((relationship) => relationship.target);
  pkg.remove(rels);
  const stillUsed = new Set(
    pkg.names.filter((name) => name.endsWith(".rels")).flatMap((name) => relationshipsOf(pkg, name.replace(/_rels\/([^/]+)\.rels$/, "$1")).map((r) => r.target))
  );
  for (const target of owned) {
    if (stillUsed.has(target) || !pkg.has(target)) continue;
    removeOwnedParts(pkg, target);
    pkg.remove(target);
    removeContentType(pkg, target);
  }
}

function removeContentType(pkg: XlsxPackage, part: string): void {
  const types = pkg.text("[Content_Types].xml") ?? "";
  const override = elements(types, "Override").find((element) => attribute(element.attributes, "PartName") === `/${part}`);
  if (override) pkg.setText("[Content_Types].xml", splice(types, override, ""));
}

/** The workbook's defined names with the sheet's own (scoped by its position) set: replaced when present, else added. */
function withSheetNames(workbookXml: string, index: number, names: Record<string, string>): string {
  let xml = workbookXml;
  for (const [name, formula] of Object.entries(names)) {
    const element = `<definedName name="${escapeXml(name)}" localSheetId="${index}">${escapeXml(formula)}</definedName>`;
    const existing = elements(xml, "definedName").find(
      (candidate) => attribute(candidate.attributes, "name") === name && attribute(candidate.attributes, "localSheetId") === String(index)
    );
    if (existing) xml = splice(xml, existing, element);
    else if (firstElement(xml, "definedNames")) xml = appendInside(xml, "definedNames", element);
    else {
      // definedNames follows sheets (and functionGroups, externalReferences when present) in CT_Workbook.
      const anchor = firstElement(xml, "externalReferences") ?? firstElement(xml, "functionGroups") ?? (firstElement(xml, "sheets") as XmlElement);
      const at = anchor.start + anchor.text.length;
      xml = `${xml.slice(0, at)}<definedNames>${element}</definedNames>${xml.slice(at)}`;
    }
  }
  return xml;
}

/** The print titles the source workbook gave its sheet (`_xlnm.Print_Titles`), for the same sheet in the target. */
function sourceSheetNames(source: XlsxPackage): Record<string, string> {
  const xml = source.text(workbookPart(source)) ?? "";
  const names: Record<string, string> = {};
  for (const element of elements(xml, "definedName")) {
    const name = attribute(element.attributes, "name") ?? "";
    if (name.startsWith("_xlnm.")) names[name] = unescapeXml(element.content ?? "");
  }
  return names;
}

/**
 * The first sheet of a one-sheet package (what ExcelJS writes) made fit for the workbook's package: its text as
 * inline strings and its cell formats appended to the workbook's stylesheet (written into `pkg`), the cells'
 * style indices renumbered to match. The sheet XML is returned, not placed.
 */
export function adoptedSheet(pkg: XlsxPackage, source: XlsxPackage): string {
  const workbook = workbookPart(pkg);
  const [sourceSheet] = sheetParts(source);
  const sourceWorkbook = workbookPart(source);
  const sharedPart = relationshipsOf(source, sourceWorkbook).find((relationship) => relationship.kind === "sharedStrings")?.target;
  const shared = elements(sharedPart ? source.text(sharedPart) ?? "" : "", "si").map((si) => si.content ?? "");
  const stylesPart = relationshipsOf(pkg, workbook).find((relationship) => relationship.kind === "styles")?.target;
  const sourceStyles = relationshipsOf(source, sourceWorkbook).find((relationship) => relationship.kind === "styles")?.target;
  const sheetXml = inlineStrings(source.text(sourceSheet.part) ?? "", shared);
  if (!stylesPart || !sourceStyles) return sheetXml;
  const merged = mergeStyles(pkg.text(stylesPart) ?? "", source.text(sourceStyles) ?? "");
  pkg.setText(stylesPart, merged.styles);
  return restyled(sheetXml, merged.cellFormat);
}

/**
 * Puts one sheet into the workbook's package without touching the rest: the sheet part, its cell
 * formats appended to the workbook's stylesheet, its text as inline strings, its entry in the
 * workbook, the relationships and the content types. Every other part (charts, pivot tables,
 * comments, names, validation, conditional formats, shared strings) is copied as it was.
 * Replacing a sheet keeps its place, id and relationship; parts only it used go with it. The file
 * opens on the new sheet (selectSheet: the other sheets' tab selection is the one edit of theirs).
 */
export function insertSheet(pkg: XlsxPackage, source: SheetSource): void {
  const workbook = workbookPart(pkg);
  const sheetXml = adoptedSheet(pkg, source.pkg);
  const sheets = sheetParts(pkg);
  const previous = sheets.find((sheet) => sheet.name === source.replaces);
  const placed = previous ? replaceSheet(pkg, workbook, previous, source.name) : addSheet(pkg, workbook, sheets, source.name);
  pkg.setText(placed.part, sheetXml);
  // The source sheet has the same name, so its print titles' references hold as they are.
  const names = { ...sourceSheetNames(source.pkg), ...source.names };
  pkg.setText(workbook, withSheetNames(pkg.text(workbook) ?? "", placed.index, names));
  // The user asked for this sheet: the file opens on it, as the pane activates the sheet it writes.
  selectSheet(pkg, source.name);
}

function replaceSheet(pkg: XlsxPackage, workbook: string, previous: SheetPart, name: string): SheetPart {
  removeOwnedParts(pkg, previous.part);
  const xml = pkg.text(workbook) ?? "";
  const entry = elements(xml, "sheet")[previous.index];
  pkg.setText(workbook, splice(xml, entry, `<${entry.tag}${withAttribute(entry.attributes.replace(/\s*\/$/, ""), "name", name)}/>`));
  return { ...previous, name };
}

function addSheet(pkg: XlsxPackage, workbook: string, sheets: readonly SheetPart[], name: string): SheetPart {
  const rels = relationshipsPart(workbook);
  const relationships = relationshipsOf(pkg, workbook);
  const id = freeName((candidate) => relationships.some((relationship) => relationship.id === candidate), (n) => `rId${n}`);
  const folder = workbook.slice(0, workbook.lastIndexOf("/") + 1);
  const part = freeName((candidate) => pkg.has(candidate), (n) => `${folder}worksheets/sheet${n}.xml`);
  const sheetId = Math.max(0, ...sheets.map((sheet) => sheet.sheetId)) + 1;
  const relationship = `<Relationship Id="${id}" Type="${WORKSHEET_TYPE}" Target="${part.slice(folder.length)}"/>`;
  pkg.setText(rels, appendInside(pkg.text(rels) ?? "", "Relationships", relationship));
  const types = pkg.text("[Content_Types].xml") ?? "";
  pkg.setText("[Content_Types].xml", appendInside(types, "Types", `<Override PartName="/${part}" ContentType="${WORKSHEET_CONTENT}"/>`));
  const workbookXml = pkg.text(workbook) ?? "";
  const index = elements(workbookXml, "sheet").length;
  const entry = `<sheet name="${escapeXml(name)}" sheetId="${sheetId}" r:id="${id}"/>`;
  pkg.setText(workbook, appendInside(workbookXml, "sheets", entry));
  return { name, sheetId, relationshipId: id, part, index };
}
