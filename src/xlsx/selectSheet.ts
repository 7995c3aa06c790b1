import type { XlsxPackage } from "./package";
import { sheetParts, workbookPart } from "./workbookParts";
import { attribute, elements, firstElement, replaceElements, withAttribute, withoutAttribute, type XmlElement } from "./xml";

/** The element with its opening tag's attributes rewritten, its content (or its `/>`) as it was. */
function withAttributes(element: XmlElement, attributes: string): string {
  return `<${element.tag}${attributes}${element.text.slice(1 + element.tag.length + element.attributes.length)}`;
}

/** The workbook's first window shows the sheet at `index` (CT_BookView's activeTab; bookViews goes right before sheets when absent). */
function activeTabSet(workbookXml: string, index: number): string {
  const view = firstElement(workbookXml, "workbookView");
  if (!view) {
    const sheets = firstElement(workbookXml, "sheets");
    if (!sheets) return workbookXml;
    const prefix = sheets.tag.slice(0, sheets.tag.length - "sheets".length);
    return `${workbookXml.slice(0, sheets.start)}<${prefix}bookViews><${prefix}workbookView activeTab="${index}"/></${prefix}bookViews>${workbookXml.slice(sheets.start)}`;
  }
  let attributes = withAttribute(view.attributes, "activeTab", String(index));
  // The tab bar's first visible tab may not lie past the active one.
  if (Number(attribute(view.attributes, "firstSheet") ?? 0) > index) attributes = withAttribute(attributes, "firstSheet", String(index));
  return replaceElements(workbookXml, [{ element: view, replacement: withAttributes(view, attributes) }]);
}

/** A worksheet part with its first view's tab selected (or not); undefined when it already is as asked, so the part stays byte for byte. */
function tabSelection(sheetXml: string, selected: boolean): string | undefined {
  const views = elements(sheetXml, "sheetView");
  const edits = views.flatMap((view, i) => {
    const is = /^(?:1|true)$/.test(attribute(view.attributes, "tabSelected") ?? "");
    const wanted = selected && i === 0;
    if (is === wanted) return [];
    const attributes = wanted ? withAttribute(view.attributes, "tabSelected", "1") : withoutAttribute(view.attributes, "tabSelected");
    return [{ element: view, replacement: withAttributes(view, attributes) }];
  });
  if (views.length === 0 && selected) return withSheetView(sheetXml);
  return edits.length === 0 ? undefined : replaceElements(sheetXml, edits);
}

/** A sheet without views gets one, selected, where CT_Worksheet puts it: after sheetPr and dimension. */
function withSheetView(sheetXml: string): string {
  const anchor = firstElement(sheetXml, "sheetFormatPr") ?? firstElement(sheetXml, "cols") ?? firstElement(sheetXml, "sheetData");
  if (!anchor) return sheetXml;
  const prefix = anchor.tag.includes(":") ? anchor.tag.slice(0, anchor.tag.indexOf(":") + 1) : "";
  const view = `<${prefix}sheetViews><${prefix}sheetView tabSelected="1" workbookViewId="0"/></${prefix}sheetViews>`;
  return sheetXml.slice(0, anchor.start) + view + sheetXml.slice(anchor.start);
}

/**
 * Makes the sheet the one the workbook opens on: the workbook's active tab, and the only selected
 * tab (a second selected tab would open the sheets grouped, and a typed value would land on both).
 * Only the workbook part and the sheets whose selection changes are rewritten, and in them only
 * those attributes.
 */
export function selectSheet(pkg: XlsxPackage, name: string): void {
  const sheets = sheetParts(pkg);
  const target = sheets.find((sheet) => sheet.name === name);
  if (!target) return;
  const workbook = workbookPart(pkg);
  pkg.setText(workbook, activeTabSet(pkg.text(workbook) ?? "", target.index));
  for (const sheet of sheets) {
    const edited = tabSelection(pkg.text(sheet.part) ?? "", sheet === target);
    if (edited !== undefined) pkg.setText(sheet.part, edited);
  }
}
