import { OitError } from "../../errors";
import { sharedTag } from "../../rules";
import { cellWhere, isBlankRow, placeParams, tableWhere } from "../../workbook/cells";
import { findColumn, requireColumn } from "../../workbook/columns";
import { normalizeName, textOf } from "../../workbook/names";
import { typeSection } from "../../workbook/section";
import type { TableData } from "../../workbook/types";
import { CODE_COLUMNS, columnNames } from "../exportColumns";
import type { CodeColumn, Mapping, MappingRule } from "../types";
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

function ruleOf(table: TableData, row: readonly unknown[], r: number, columns: MappingColumns, parties: readonly string[] | undefined): CompiledRule {
  const allocation = allocationOf(table, row, r, columns.allocation, parties);
  const excluded = allocation === EXCLUDED_TAG;
  const line = textOf(row[columns.line]);
  if (!line && !excluded) {
    const where = cellWhere(table, r, columns.line);
    throw new OitError("mappingBlankLine", placeParams(where), where);
  }
  const rule: MappingRule = { position: r + 1, patterns: {}, line, allocation, excluded, where: { ...tableWhere(table), row: r + 1 } };
  const tests: CompiledRule["tests"] = [];
  for (const [column, index] of columns.codes) {
    const text = textOf(row[index]);
    if (text) rule.patterns[column] = text;
    const test = compilePattern(text, cellWhere(table, r, index));
    if (test) tests.push([column, test]);
  }
  if (columns.type !== undefined && textOf(row[columns.type])) {
    const section = typeSection(row[columns.type]);
    const where = cellWhere(table, r, columns.type);
    if (!section) throw new OitError("badSection", { value: textOf(row[columns.type]), ...placeParams(where) }, where);
    rule.section = section;
  }
  return { rule, tests };
}

/**
 * The Mappning table, checked and compiled once. `parties` (the key's) check each Fördelning; without them
 * (OIT.MAPPA, which sees no key) any Fördelning other than blank is taken as written.
 */
export function readMapping(table: TableData, parties?: readonly string[]): Mapping {
  const columns = mappingColumns(table);
  const rules: CompiledRule[] = [];
  table.rows.forEach((row, r) => {
    if (!isBlankRow(row)) rules.push(ruleOf(table, row, r, columns, parties));
  });
  return compileMapping(rules, columns.codes.map(([column]) => column), tableWhere(table));
}
