import { attribute, elements, firstElement, withAttribute, type XmlElement } from "./xml";

/** The collections of a stylesheet that cell formats (`cellXfs`) point into, by index. */
const POOLS = ["fonts", "fills", "borders"] as const;
const POOL_ITEM: Record<(typeof POOLS)[number], string> = { fonts: "font", fills: "fill", borders: "border" };
const POOL_ID: Record<(typeof POOLS)[number], string> = { fonts: "fontId", fills: "fillId", borders: "borderId" };
/** Ids from 164 up are the workbook's own number formats; below are the built-in ones. */
const FIRST_CUSTOM_FORMAT = 164;

function items(styles: string, collection: string, item: string): XmlElement[] {
  const element = firstElement(styles, collection);
  return element?.content ? elements(element.content, item) : [];
}

/** The stylesheet with `added` appended to a collection (created before `before` when it is missing), its count updated. */
function appendTo(styles: string, collection: string, added: string[], count: number, before: readonly string[]): string {
  if (added.length === 0) return styles;
  const element = firstElement(styles, collection);
  if (!element) {
    const next = before.map((name) => firstElement(styles, name)).find((found) => found !== undefined);
    const at = next ? next.start : styles.lastIndexOf("</");
    return `${styles.slice(0, at)}<${collection} count="${count}">${added.join("")}</${collection}>${styles.slice(at)}`;
  }
  const attributes = withAttribute(element.attributes, "count", String(count));
  const replacement = `<${element.tag}${attributes}>${element.content ?? ""}${added.join("")}</${element.tag}>`;
  return styles.slice(0, element.start) + replacement + styles.slice(element.start + element.text.length);
}

/** The stylesheet's elements in their schema order, for placing a collection that is missing. */
const ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];
const after = (collection: string) => ORDER.slice(ORDER.indexOf(collection) + 1);

export interface MergedStyles {
  styles: string;
  /** A cell format of the added sheet (its `s`) → the same format in the merged stylesheet. */
  cellFormat: (index: number) => number;
}

/**
 * The workbook's stylesheet with another one's cell formats added after its own: the fonts,
 * fills and borders they use appended, number formats matched by code (or given a free id), so
 * every format the workbook had keeps its index and a cell of the added sheet keeps its look.
 */
export function mergeStyles(target: string, source: string): MergedStyles {
  let styles = target;
  const offsets: Record<string, number> = {};
  for (const pool of POOLS) {
    const own = items(target, pool, POOL_ITEM[pool]);
    const added = items(source, pool, POOL_ITEM[pool]).map((item) => item.text);
    offsets[POOL_ID[pool]] = own.length;
    styles = appendTo(styles, pool, added, own.length + added.length, after(pool));
  }
  const formats = items(target, "numFmts", "numFmt");
  const codes = new Map(formats.map((format) => [attribute(format.attributes, "formatCode"), Number(attribute(format.attributes, "numFmtId"))]));
  let nextId = Math.max(FIRST_CUSTOM_FORMAT - 1, ...codes.values()) + 1;
  const formatIds = new Map<number, number>();
  const newFormats: string[] = [];
  for (const format of items(source, "numFmts", "numFmt")) {
    const code = attribute(format.attributes, "formatCode") ?? "";
    const id = Number(attribute(format.attributes, "numFmtId"));
    const existing = codes.get(code);
    if (existing !== undefined) formatIds.set(id, existing);
    else {
      formatIds.set(id, nextId);
      codes.set(code, nextId);
      newFormats.push(`<numFmt${withAttribute(format.attributes.replace(/\s*\/$/, ""), "numFmtId", String(nextId))}/>`);
      nextId++;
    }
  }
  styles = appendTo(styles, "numFmts", newFormats, formats.length + newFormats.length, after("numFmts"));
  const ownFormats = items(target, "cellXfs", "xf").length;
  const addedFormats = items(source, "cellXfs", "xf").map((xf) => {
    let attributes = xf.attributes.replace(/\s*\/$/, "");
    for (const id of Object.keys(offsets)) {
      const value = attribute(attributes, id);
      if (value !== undefined) attributes = withAttribute(attributes, id, String(Number(value) + offsets[id]));
    }
    const numFmtId = Number(attribute(attributes, "numFmtId") ?? 0);
    if (formatIds.has(numFmtId)) attributes = withAttribute(attributes, "numFmtId", String(formatIds.get(numFmtId)));
    // Formats hang off the workbook's Normal cell style, which every stylesheet has as its first.
    attributes = withAttribute(attributes, "xfId", "0");
    return xf.content === undefined ? `<${xf.tag}${attributes}/>` : `<${xf.tag}${attributes}>${xf.content}</${xf.tag}>`;
  });
  styles = appendTo(styles, "cellXfs", addedFormats, ownFormats + addedFormats.length, after("cellXfs"));
  return { styles, cellFormat: (index) => ownFormats + index };
}
