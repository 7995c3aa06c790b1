import { OitError, type Where } from "../../errors";

/**
 * One pattern of a Mappning cell (workbook.md): blank or `*` (anything), an exact code, a prefix (`54*`), an
 * inclusive range (`5000-5999`, numeric when both ends are numbers, else compared as text), or several of
 * these separated by `,` or `;`. A missing code (no such column) matches only "anything".
 */
export type CodeTest = (code: string | undefined) => boolean;

const anything: CodeTest = () => true;
const DIGITS = /^\d+$/;

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

function partTest(part: string, text: string, where: Where): CodeTest {
  if (part === "*") return anything;
  const star = part.indexOf("*");
  if (star >= 0) {
    if (star !== part.length - 1 || part.length === 1) throw badPattern(text, where);
    return prefix(part.slice(0, -1));
  }
  const dash = part.indexOf("-");
  if (dash < 0) return exact(part);
  const low = part.slice(0, dash).trim();
  const high = part.slice(dash + 1).trim();
  if (low === "" || high === "" || high.includes("-")) throw badPattern(text, where);
  if (DIGITS.test(low) && DIGITS.test(high)) {
    if (Number(low) > Number(high)) throw badPattern(text, where);
    return numericRange(Number(low), Number(high));
  }
  if (low > high) throw badPattern(text, where);
  return textRange(low, high);
}

/** The test a pattern stands for, or null for "anything" (so the compiled mapping can skip the column). */
export function compilePattern(text: string, where: Where): CodeTest | null {
  const trimmed = text.trim();
  if (trimmed === "" || trimmed === "*") return null;
  const parts = trimmed.split(/[,;]/).map((part) => part.trim());
  if (parts.some((part) => part === "")) throw badPattern(text, where);
  const tests = parts.map((part) => partTest(part, text, where));
  if (tests.includes(anything)) return null;
  return tests.length === 1 ? tests[0] : (value) => tests.some((test) => test(value));
}
