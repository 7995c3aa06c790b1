import { OitError } from "../errors";
import { tableWhere } from "./cells";
import { MONTHS } from "./months";
import { normalizeName } from "./names";
import type { TableData, Unit } from "./types";

export interface ColumnSpec {
  /** The contract's name, used in messages. */
  name: string;
  aliases?: readonly string[];
  /** The header may carry the period after the name: "Utfall jan–aug", "Budget jan". */
  period?: boolean;
  /** The header may state the unit of its amounts after the name: "Belopp, kr", "Belopp (tkr)". */
  unit?: boolean;
}

/** A table of the workbook contract (workbook.md): its name, its columns by role, the headers a new one gets. */
export interface ContractTable<Columns extends Record<string, ColumnSpec>> {
  name: string;
  columns: Columns;
  /** The columns' names in the order they are declared: the header row the add-in writes. */
  headers: readonly string[];
}

export function contractTable<Columns extends Record<string, ColumnSpec>>(name: string, columns: Columns): ContractTable<Columns> {
  return { name, columns, headers: Object.values(columns).map((column) => column.name) };
}

export interface ColumnMatch {
  index: number;
  /** The period written after the name, normalised ("jan-aug"), when there was one. */
  period?: string;
  /** The unit written after the name, when there was one. */
  unit?: Unit;
}

const monthWord = `(?:${MONTHS.join("|")})[a-zåäö]*\\.?`;
const periodSuffix = new RegExp(`^${monthWord}(?:-${monthWord})?$`);
const unitSuffix = /^(?:, ?| )\(?(kr|tkr)\)?$/;

function matchHeader(header: string, spec: ColumnSpec): Omit<ColumnMatch, "index"> | undefined {
  const text = normalizeName(header);
  for (const name of [spec.name, ...(spec.aliases ?? [])].map(normalizeName)) {
    if (text === name) return {};
    const rest = text.startsWith(name + " ") ? text.slice(name.length + 1) : "";
    if (spec.period && periodSuffix.test(rest)) return { period: rest };
    const unit = spec.unit && text.startsWith(name) ? unitSuffix.exec(text.slice(name.length)) : null;
    if (unit) return { unit: unit[1] as Unit };
  }
  return undefined;
}

export function findColumn(table: TableData, spec: ColumnSpec): ColumnMatch | undefined {
  const matches: ColumnMatch[] = [];
  table.headers.forEach((header, index) => {
    const match = matchHeader(String(header ?? ""), spec);
    if (match) matches.push({ index, ...match });
  });
  if (matches.length > 1) {
    const found = matches.map((m) => table.headers[m.index]);
    throw new OitError("ambiguousColumn", { column: spec.name, table: table.name, sheet: table.sheet, found }, tableWhere(table));
  }
  return matches[0];
}

/** A required column; missing, it is an error listing the columns that were found. */
export function requireColumn(table: TableData, spec: ColumnSpec): ColumnMatch {
  const match = findColumn(table, spec);
  if (match) return match;
  const found = table.headers.join(", ") || "–";
  throw new OitError("missingColumn", { column: spec.name, table: table.name, sheet: table.sheet, found }, tableWhere(table));
}
