import { OitError } from "../errors";
import { sameName } from "./names";
import type { TableData } from "./types";

export function findOptionalTable(tables: readonly TableData[], name: string): TableData | undefined {
  return tables.find((table) => sameName(table.name, name));
}

/** The table the contract names; a missing one is an error listing the tables that were found. */
export function findTable(tables: readonly TableData[], name: string): TableData {
  const table = findOptionalTable(tables, name);
  if (table) return table;
  const found = tables.map((t) => t.name).join(", ") || "–";
  throw new OitError("missingTable", { table: name, found }, { table: name });
}
