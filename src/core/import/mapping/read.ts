import { OitError, isOitError } from "../../errors";
import { sharedTag } from "../../rules";
import { cellWhere, isBlankRow, placeParams, tableWhere } from "../../workbook/cells";
import { findColumn, requireColumn } from "../../workbook/columns";
import { normalizeName, textOf } from "../../workbook/names";
import { typeSection } from "../../workbook/section";
import type { TableData } from "../../workbook/types";
import { CODE_COLUMNS, columnNames } from "../exportColumns";
import type { CodeColumn, DraftRule, Mapping, MappingRule, RulePatterns } from "../types";
import { compileMapping, type CompiledRule } from "./compile";
import { compilePattern } from "./pattern";

export const MAPPING_TABLE = "Mappning";
export const EXCLUDED_TAG = "Exkluderas";

/** The headers a new Mappning table gets (workbook.md), in its order. */
export const MAPPING_HEADERS: readonly string[] = ["Konto", "Ansvar", "Verksamhet", "Projekt", "Motpart", "Rad", "Fördelning", "Typ"];

interface MappingColumns {
  codes: [CodeColumn, number][];
  line: number;
  allocation: number;
  type?: number;
}

function mappingColumns(table: TableData): MappingColumns {
  const codes: [CodeColumn, number][] = [["account", requireColumn(table, { name: columnNames.account }).index]];
  for (const column of CODE_COLUMNS.slice(1)) {
    const match = findColumn(table, { name: columnNames[column] });
    if (match) codes.push([column, match.index]);
  }
  return {
    codes,
    line: requireColumn(table, { name: "Rad" }).index,
    allocation: requireColumn(table, { name: "Fördelning" }).index,
    type: findColumn(table, { name: "Typ" })?.index,
  };
}

/** Fördelning: Gemensam, a party as the key spells it, or Exkluderas; without parties, any text but blank. */
function allocationOf(table: TableData, row: readonly unknown[], r: number, column: number, parties: readonly string[] | undefined): string {
  const text = textOf(row[column]);
  const allowed = [sharedTag, ...(parties ?? []), EXCLUDED_TAG];
  const found = allowed.find((name) => normalizeName(name) === normalizeName(text));
  if (found) return found;
  if (parties === undefined && text !== "") return text;
  const where = cellWhere(table, r, column);
  throw new OitError("mappingBadAllocation", { value: text, allowed, ...placeParams(where) }, where);
}

/** The patterns a row gives, each compiled (a pattern that cannot be read throws, naming its cell). */
function patternsOf(table: TableData, row: readonly unknown[], r: number, columns: MappingColumns): { patterns: RulePatterns; tests: CompiledRule["tests"] } {
  const patterns: RulePatterns = {};
  const tests: CompiledRule["tests"] = [];
  for (const [column, index] of columns.codes) {
    const text = textOf(row[index]);
    if (text) patterns[column] = text;
    const test = compilePattern(text, cellWhere(table, r, index));
    if (test) tests.push([column, test]);
  }
  return { patterns, tests };
}

function ruleOf(table: TableData, row: readonly unknown[], r: number, columns: MappingColumns, parties: readonly string[] | undefined): CompiledRule {
  const { patterns, tests } = patternsOf(table, row, r, columns);
  const allocation = allocationOf(table, row, r, columns.allocation, parties);
  const excluded = allocation === EXCLUDED_TAG;
  const line = textOf(row[columns.line]);
  if (!line && !excluded) {
    const where = cellWhere(table, r, columns.line);
    throw new OitError("mappingBlankLine", placeParams(where), where);
  }
  const rule: MappingRule = { position: r + 1, patterns, line, allocation, excluded, where: { ...tableWhere(table), row: r + 1 } };
  if (columns.type !== undefined && textOf(row[columns.type])) {
    const section = typeSection(row[columns.type]);
    const where = cellWhere(table, r, columns.type);
    if (!section) throw new OitError("badSection", { value: textOf(row[columns.type]), ...placeParams(where) }, where);
    rule.section = section;
  }
  return { rule, tests };
}

/** Codes given, Rad, Fördelning and Typ blank: a rule begun ("Lägg till regel") that the economist has yet to finish. */
function isDraft(row: readonly unknown[], columns: MappingColumns): boolean {
  const blank = (index: number | undefined) => index === undefined || textOf(row[index]) === "";
  return blank(columns.line) && blank(columns.allocation) && blank(columns.type) && columns.codes.some(([, index]) => !blank(index));
}

function draftOf(table: TableData, row: readonly unknown[], r: number, columns: MappingColumns): DraftRule {
  return { position: r + 1, patterns: patternsOf(table, row, r, columns).patterns, where: { ...tableWhere(table), row: r + 1 } };
}

/** Every bad rule at once, so the economist corrects the table in one go: one alone as itself, several as one error listing them. */
function rulesError(table: TableData, problems: readonly OitError[]): OitError {
  if (problems.length === 1) return problems[0];
  return new OitError("mappingRulesBad", { count: problems.length, table: table.name }, tableWhere(table), problems);
}

/**
 * The Mappning table, checked and compiled once. `parties` (the key's) check each Fördelning; without them
 * (OIT.MAPPA, which sees no key) any Fördelning other than blank is taken as written. A draft (codes, no Rad
 * and no Fördelning) is not yet a rule: it matches nothing and is listed in `drafts`. Every rule that cannot
 * be read is found before one error names them all.
 */
export function readMapping(table: TableData, parties?: readonly string[]): Mapping {
  const columns = mappingColumns(table);
  const rules: CompiledRule[] = [];
  const drafts: DraftRule[] = [];
  const problems: OitError[] = [];
  table.rows.forEach((row, r) => {
    if (isBlankRow(row)) return;
    try {
      if (isDraft(row, columns)) drafts.push(draftOf(table, row, r, columns));
      else rules.push(ruleOf(table, row, r, columns, parties));
    } catch (error) {
      if (!isOitError(error)) throw error;
      problems.push(error);
    }
  });
  if (problems.length > 0) throw rulesError(table, problems);
  return compileMapping(rules, drafts, columns.codes.map(([column]) => column), tableWhere(table));
}
