/**
 * The fields of one SIE 4 line (SIE-gruppen's specification, section "Fältformat"): separated by spaces or
 * tabs; a field with spaces is quoted, `\"` being a quote inside it; an object list is a field in braces
 * holding its own fields (`{1 "1700" 6 "P12"}`). Undefined when the line cannot be read that way.
 */
export type SieField = string | string[];

function quoted(line: string, start: number): { text: string; end: number } | undefined {
  let text = "";
  for (let i = start + 1; i < line.length; i++) {
    const char = line[i];
    if (char === "\\" && line[i + 1] === '"') {
      text += '"';
      i++;
    } else if (char === '"') return { text, end: i + 1 };
    else text += char;
  }
  return undefined;
}

function isSpace(char: string): boolean {
  return char === " " || char === "\t";
}

function bare(line: string, start: number, stops: string): { text: string; end: number } {
  let end = start;
  while (end < line.length && !isSpace(line[end]) && !stops.includes(line[end])) end++;
  return { text: line.slice(start, end), end };
}

/** The plain fields from `start` up to `close` ("}" inside an object list, "" for the whole line). */
function plainFields(line: string, start: number, close: string): { fields: string[]; end: number } | undefined {
  const fields: string[] = [];
  let i = start;
  for (;;) {
    while (i < line.length && isSpace(line[i])) i++;
    if (i >= line.length) return close ? undefined : { fields, end: i };
    if (close && line[i] === close) return { fields, end: i + 1 };
    const field = line[i] === '"' ? quoted(line, i) : bare(line, i, "{}");
    if (!field || (field.end === i && line[i] !== '"')) return undefined;
    fields.push(field.text);
    i = field.end;
  }
}

export function sieFields(line: string): SieField[] | undefined {
  const fields: SieField[] = [];
  let i = 0;
  for (;;) {
    while (i < line.length && isSpace(line[i])) i++;
    if (i >= line.length) return fields;
    if (line[i] === "{") {
      const list = plainFields(line, i + 1, "}");
      if (!list) return undefined;
      fields.push(list.fields);
      i = list.end;
      continue;
    }
    const field = line[i] === '"' ? quoted(line, i) : bare(line, i, "{}");
    if (!field || field.end === i) return undefined;
    fields.push(field.text);
    i = field.end;
  }
}
