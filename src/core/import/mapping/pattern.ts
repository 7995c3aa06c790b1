import { OitError, type Where } from "../../errors";

/**
 * One pattern of a Mappning cell (workbook.md): blank or `*` (anything), an exact code, a prefix (`54*`), an
 * inclusive range (`5000-5999`), or several of these separated by `,` or `;`. A missing code (no such column)
 * matches only "anything".
 *
 * Codes may themselves hold a dash (Ansvar `1-2A`, Projekt `P1-P2`), so a dash is read as a range only where
 * that is the one reading: both ends numbers (compared as numbers), or both ends of the same length (compared
 * as text, `A100-A199`). Any other dash (`1-2A`, `-5`, `1-2-3`) is an error that says to quote the code; a
 * code in double quotes (`"1-2A"`, `"P1-P2"`, `"5*"`) is always exact, `""` inside being a quote.
 */
export type CodeTest = (code: string | undefined) => boolean;

const anything: CodeTest = () => true;
const DIGITS = /^\d+$/;
const QUOTE = '"';

function exact(code: string): CodeTest {
  return (value) => value === code;
}

function prefix(start: string): CodeTest {
  return (value) => value !== undefined && value.startsWith(start);
}

function numericRange(low: number, high: number): CodeTest {
  return (value) => value !== undefined && DIGITS.test(value) && Number(value) >= low && Number(value) <= high;
}

function textRange(low: string, high: string): CodeTest {
  return (value) => value !== undefined && value !== "" && value >= low && value <= high;
}

function badPattern(text: string, where: Where): OitError {
  return new OitError("mappingBadPattern", { value: text }, where);
}

/** A part as written: a quoted code (always exact) or the bare text between separators, trimmed. */
type Part = { quoted: true; code: string } | { quoted: false; text: string };

/** The parts of a pattern, split at `,` and `;` outside quotes; undefined when a quote is not closed or a part is empty. */
function splitParts(text: string): Part[] | undefined {
  const parts: Part[] = [];
  let i = 0;
  for (;;) {
    while (text[i] === " ") i++;
    let part: Part;
    if (text[i] === QUOTE) {
      let code = "";
      for (i++; ; i++) {
        if (i >= text.length) return undefined;
        if (text[i] !== QUOTE) code += text[i];
        else if (text[i + 1] === QUOTE) code += text[i++];
        else break;
      }
      i++;
      while (text[i] === " ") i++;
      part = { quoted: true, code: code.trim() };
      if (part.code === "") return undefined;
    } else {
      const start = i;
      while (i < text.length && text[i] !== "," && text[i] !== ";") i++;
      part = { quoted: false, text: text.slice(start, i).trim() };
      if (part.text === "" || part.text.includes(QUOTE)) return undefined;
    }
    parts.push(part);
    if (i >= text.length) return parts;
    if (text[i] !== "," && text[i] !== ";") return undefined;
    i++;
  }
}

function rangeTest(low: string, high: string): CodeTest | undefined {
  if (DIGITS.test(low) && DIGITS.test(high)) return Number(low) <= Number(high) ? numericRange(Number(low), Number(high)) : undefined;
  if (low.length === high.length && low <= high) return textRange(low, high);
  return undefined;
}

function bareTest(part: string): CodeTest | undefined {
  if (part === "*") return anything;
  const star = part.indexOf("*");
  if (star >= 0) return star === part.length - 1 && part.length > 1 ? prefix(part.slice(0, -1)) : undefined;
  const ends = part.split("-");
  if (ends.length === 1) return exact(part);
  if (ends.length !== 2) return undefined;
  const [low, high] = ends.map((end) => end.trim());
  return low === "" || high === "" ? undefined : rangeTest(low, high);
}

/** The test a pattern stands for, or null for "anything" (so the compiled mapping can skip the column). */
export function compilePattern(text: string, where: Where): CodeTest | null {
  const trimmed = text.trim();
  if (trimmed === "" || trimmed === "*") return null;
  const parts = splitParts(trimmed);
  if (!parts) throw badPattern(text, where);
  const tests = parts.map((part) => (part.quoted ? exact(part.code) : bareTest(part.text)));
  if (tests.some((test) => test === undefined)) throw badPattern(text, where);
  if (tests.includes(anything)) return null;
  return tests.length === 1 ? (tests[0] as CodeTest) : (value) => tests.some((test) => (test as CodeTest)(value));
}

/**
 * The pattern that matches exactly this code and nothing else (a draft rule's cell): the code as it is when it
 * reads back as itself, else in quotes (`"1-2A"`, `"5*"`, `"A,B"`).
 */
export function exactPattern(code: string): string {
  const plain = code.trim();
  if (plain === "" || /^[^-*,;"]+$/.test(plain)) return plain;
  return QUOTE + plain.replace(/"/g, '""') + QUOTE;
}
