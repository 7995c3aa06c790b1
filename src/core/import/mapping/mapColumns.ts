import { OitError, isOitError } from "../../errors";
import { isBlank } from "../../input";
import { textOf } from "../../workbook/names";
import type { CodeColumn, CodeString, Mapping, MappingRule } from "../types";
import { mapCodeString } from "./mapCodeString";
import { MAPPING_TABLE, readMapping } from "./read";

/** Tables of rules a workbook's formulas use at once (a Mappning, perhaps a draft copy): more are compiled again. */
const CACHED_TABLES = 8;
const compiled: { values: unknown[][]; mapping: Mapping }[] = [];

function sameValues(a: readonly unknown[][], b: readonly unknown[][]): boolean {
  if (a.length !== b.length) return false;
  for (let r = 0; r < a.length; r++) {
    const [x, y] = [a[r], b[r]];
    if (x.length !== y.length) return false;
    for (let c = 0; c < x.length; c++) if (x[c] !== y[c]) return false;
  }
  return true;
}

function compileRange(values: readonly unknown[][]): Mapping {
  const [headers = [], ...rows] = values;
  return readMapping({ name: MAPPING_TABLE, sheet: "", headers: headers.map((cell) => textOf(cell)), rows: [...rows] });
}

/**
 * The rules as a formula gets them (`Mappning[#Alla]`: the header row, then the rules), compiled once per
 * content: Excel hands every call its own copy of the range, so a sheet of single-cell =OIT.MAPPA calls would
 * otherwise compile the same 500 rules once per cell. A table is known again by its values, cell for cell
 * (as cheap as any fingerprint of them, and never mistaken); the most recently used CACHED_TABLES are kept.
 */
export function mappingFromRange(values: readonly unknown[][]): Mapping {
  const index = compiled.findIndex((entry) => sameValues(entry.values, values));
  const entry = index >= 0 ? compiled.splice(index, 1)[0] : { values: values.map((row) => [...row]), mapping: compileRange(values) };
  compiled.unshift(entry);
  compiled.length = Math.min(compiled.length, CACHED_TABLES);
  return entry.mapping;
}

/** One list of codes per code column given, all of one length (a single cell is a list of one). */
export type CodeLists = Partial<Record<CodeColumn, readonly unknown[]>> & { account: readonly unknown[] };

/**
 * The rule for each row of the code lists (OIT.MAPPA): a row without a matching rule is its own error
 * (naming its code string), so one unmapped row does not hide the others; a wholly blank row is null.
 */
export function mapCodeLists(mapping: Mapping, lists: CodeLists): (MappingRule | OitError | null)[] {
  const columns = Object.keys(lists) as CodeColumn[];
  const rows = lists.account.length;
  for (const column of columns) {
    const length = (lists[column] as readonly unknown[]).length;
    if (length !== rows) throw new OitError("mapLengths", { rows: length, expected: rows }, { argument: column });
  }
  return Array.from({ length: rows }, (_, i) => {
    if (columns.every((column) => isBlank((lists[column] as readonly unknown[])[i]))) return null;
    const codes: Partial<Record<CodeColumn, string>> = {};
    for (const column of columns) codes[column] = textOf((lists[column] as readonly unknown[])[i]);
    try {
      return mapCodeString(mapping, codes as CodeString);
    } catch (error) {
      if (isOitError(error)) return error;
      throw error;
    }
  });
}
