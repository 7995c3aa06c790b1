import { OitError } from "../errors";
import type { MessageCode } from "../messages";
import { cellWhere, placeParams } from "./cells";
import { nameNormalizer, normalizeName, textOf } from "./names";
import type { TableData } from "./types";

/**
 * A cell that must name one of `allowed` (a party, Gemensam) by the workbook's name rule → the name as the
 * key spells it. Anything else is the error `code`, naming the cell and listing what is allowed.
 */
export function nameReader(
  table: TableData,
  allowed: readonly string[],
  code: MessageCode
): (value: unknown, bodyRow: number, column: number) => string {
  const canonical = new Map(allowed.map((name) => [normalizeName(name), name]));
  const normal = nameNormalizer();
  return (value, bodyRow, column) => {
    const name = canonical.get(normal(textOf(value)));
    if (name) return name;
    const where = cellWhere(table, bodyRow, column);
    throw new OitError(code, { value: textOf(value), allowed: [...allowed], ...placeParams(where) }, where);
  };
}
