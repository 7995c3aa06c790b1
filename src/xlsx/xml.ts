/*
 * Just enough XML for editing SpreadsheetML parts in place. A DOM parser would serialise the whole
 * part again (namespace declarations, quoting, entities), and the promise is that every byte we do
 * not mean to change stays as it was; so the edits splice text, and these helpers find elements and
 * read attributes. OOXML parts are machine-written: no DTDs, no CDATA in the elements read here.
 */

/** Element `local` with or without a namespace prefix (`<c …>` or `<x:c …>`), empty or with content. */
export function elementPattern(local: string, flags = "g"): RegExp {
  return new RegExp(`<((?:[\\w.-]+:)?${local})(?=[\\s/>])([^>]*?)(?:/>|>([\\s\\S]*?)</\\1\\s*>)`, flags);
}

export interface XmlElement {
  /** The whole element as it is in the text. */
  text: string;
  start: number;
  /** The qualified name as written (`c` or `x:c`). */
  tag: string;
  attributes: string;
  /** undefined for an empty element (`<f/>`). */
  content: string | undefined;
}

export function elements(xml: string, local: string): XmlElement[] {
  return [...xml.matchAll(elementPattern(local))].map((match) => ({
    text: match[0],
    start: match.index ?? 0,
    tag: match[1],
    attributes: match[2],
    content: match[3],
  }));
}

export function firstElement(xml: string, local: string): XmlElement | undefined {
  return elements(xml, local)[0];
}

/** An attribute's value, unescaped; undefined when absent. Prefixed names (`r:id`) are matched as written. */
export function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attributes);
  return match ? unescapeXml(match[1] ?? match[2]) : undefined;
}

/** The attributes without `name`. */
export function withoutAttribute(attributes: string, name: string): string {
  return attributes.replace(new RegExp(`\\s+${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*(?:"[^"]*"|'[^']*')`), "");
}

/** The attributes with `name` set to `value` (replaced in place, or added at the end). */
export function withAttribute(attributes: string, name: string, value: string): string {
  const escaped = escapeXml(value);
  const pattern = new RegExp(`(\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
  return pattern.test(attributes) ? attributes.replace(pattern, `$1"${escaped}"`) : `${attributes} ${name}="${escaped}"`;
}

const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|\w+);/g, (whole, name: string) => {
    if (name.startsWith("#x")) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return entities[name] ?? whole;
  });
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Text content of an element (`<v>…</v>`), unescaped; undefined when the element is absent. */
export function childText(content: string | undefined, local: string): string | undefined {
  if (content === undefined) return undefined;
  const child = firstElement(content, local);
  return child ? unescapeXml(child.content ?? "") : undefined;
}

/** The text with each of the given elements replaced (spliced from the end so offsets stay valid). */
export function replaceElements(xml: string, edits: readonly { element: XmlElement; replacement: string }[]): string {
  let result = xml;
  for (const { element, replacement } of [...edits].sort((a, b) => b.element.start - a.element.start)) {
    result = result.slice(0, element.start) + replacement + result.slice(element.start + element.text.length);
  }
  return result;
}

/** The text with one element replaced. */
export function splice(text: string, element: XmlElement, replacement: string): string {
  return text.slice(0, element.start) + replacement + text.slice(element.start + element.text.length);
}

/** Before the closing tag of the element (`</sheets>`), creating nothing: the element must exist. */
export function appendInside(text: string, local: string, addition: string): string {
  const element = firstElement(text, local);
  if (!element) return text;
  if (element.content === undefined) return splice(text, element, `<${element.tag}${element.attributes.replace(/\s*\/$/, "")}>${addition}</${element.tag}>`);
  return splice(text, element, `<${element.tag}${element.attributes}>${element.content}${addition}</${element.tag}>`);
}
