import type { MessageParams, Notice, Where } from "../notice";
import { argumentNames } from "./arguments";
import { messages } from "./catalog";
import type { Language, Template } from "./types";

export type { Language, Template } from "./types";
export type { MessageCode } from "./catalog";

const whereWords: Record<Language, { argument: string; file: string; line: string; sheet: string; table: string; row: string; column: string; value: string }> = {
  sv: { argument: "argumentet", file: "filen", line: "rad", sheet: "bladet", table: "tabellen", row: "rad", column: "kolumn", value: "värdet" },
  en: { argument: "argument", file: "the file", line: "line", sheet: "sheet", table: "table", row: "row", column: "column", value: "the value" },
};

/** "i tabellen Underlag, rad 7, kolumn Utfall" — the place a user can find, or "" when unknown. */
export function describeWhere(where: Where | undefined, language: Language): string {
  if (!where) return "";
  const w = whereWords[language];
  const parts: string[] = [];
  if (where.argument) parts.push(`${w.argument} ${argumentNames[where.argument]?.[language] ?? where.argument}`);
  if (where.file) parts.push(`${w.file} ${where.file}`);
  if (where.line !== undefined) parts.push(`${w.line} ${where.line}`);
  if (where.sheet) parts.push(`${w.sheet} ${where.sheet}`);
  if (where.table) parts.push(`${w.table} ${where.table}`);
  if (where.row !== undefined) parts.push(`${w.row} ${where.row}`);
  if (where.columnName) parts.push(`${w.column} ${where.columnName}`);
  else if (where.column !== undefined) parts.push(`${w.column} ${where.column}`);
  if (parts.length === 0) return "";
  return (language === "sv" ? "i " : "in ") + parts.join(", ");
}

function formatParam(value: MessageParams[string], language: Language): string {
  if (Array.isArray(value)) return value.join(", ");
  if (typeof value === "number") return formatNumber(value, language);
  return String(value);
}

/** Numbers inside sentences: decimal comma in Swedish, never grouping that could be misread. */
export function formatNumber(value: number, language: Language): string {
  const text = String(value);
  return language === "sv" ? text.replace(".", ",").replace("-", "−") : text;
}

export function fillTemplate(template: Template, params: MessageParams, language: Language): string {
  return template[language].replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? formatParam(params[name], language) : match
  );
}

/** A notice's sentence as it stands inside another's `{causes}`: not capitalised. */
function sentence(notice: Notice, language: Language): string {
  const where = describeWhere(notice.where, language);
  const causes = (notice.causes ?? []).map((cause) => sentence(cause, language)).join("; ");
  return fillTemplate(messages[notice.code], { ...notice.params, where, causes }, language)
    .replace(/\s+/g, " ")
    .trim();
}

/** The sentence a user reads for an engine error (or a warning), with its place filled in. */
export function describe(notice: Notice, language: Language): string {
  const text = sentence(notice, language);
  return text.charAt(0).toUpperCase() + text.slice(1);
}
