import { OitError } from "../errors";
import type { HostNotice, MessageParams, Notice, Told, Where } from "../notice";
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

const engineTemplates: Readonly<Record<string, Template | undefined>> = messages;

/** A host's notice brings its sentence; the engine's is found by its code. */
function templateOf(notice: Told): Template {
  const template = notice.template ?? engineTemplates[notice.code];
  if (!template) throw new Error(`No message has the code ${notice.code}`);
  return template;
}

/** A notice's sentence as it stands inside another's `{causes}`: not capitalised. */
function sentence(notice: Told, language: Language): string {
  const where = describeWhere(notice.where, language);
  const causes = (notice.causes ?? []).map((cause) => sentence(cause, language)).join("; ");
  return fillTemplate(templateOf(notice), { ...notice.params, where, causes }, language)
    .replace(/\s+/g, " ")
    .trim();
}

/** The sentence a user reads for an engine error (or a warning), with its place filled in. */
export function describe(notice: Notice | OitError, language: Language): string {
  const text = sentence(notice, language);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A host's own messages (the command line's, the Office adapter's), kept in that host: the errors and notices it
 * raises with them carry their sentences, so whichever host shows them reads them with `describe` as the engine's.
 */
export function hostMessages<Code extends string>(templates: Record<Code, Template>) {
  return {
    templates,
    error: (code: Code, params: MessageParams = {}, where?: Where): OitError => new OitError(code, params, where, undefined, templates[code]),
    notice: (code: Code, params: MessageParams = {}, where?: Where): HostNotice => ({ code, params, ...(where ? { where } : {}), template: templates[code] }),
  };
}
