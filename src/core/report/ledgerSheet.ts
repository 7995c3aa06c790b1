import { OitError } from "../errors";
import { LEDGER_TABLE } from "../workbook/ledger";
import { sameName } from "../workbook/names";
import { chooseReportSheet, type ExistingSheet, type SheetChoice } from "./sheetNames";

/** Where a table is, as both hosts know it: its name and the sheet that holds it. */
export interface PlacedTable {
  name: string;
  sheet: string;
}

/**
 * Where the imported ledger goes, for both writers (Office.js and the command line), so that each replaces
 * the other's: over the sheet that holds the add-in's own table Underlag (marked by LEDGER_MARKER_NAME,
 * wherever the economist moved or renamed it), else the sheet Underlag when free or ours, else "Underlag (2)"…
 * A table Underlag on a sheet the add-in did not mark is the user's, and another table on the sheet to be
 * replaced would go with it: either stops the write before anything is written.
 */
export function chooseLedgerSheet<S extends ExistingSheet>(sheets: readonly S[], tables: readonly PlacedTable[]): SheetChoice<S> {
  const existing = tables.find((table) => sameName(table.name, LEDGER_TABLE));
  const holder = existing && sheets.find((sheet) => sheet.name === existing.sheet);
  if (existing && !holder?.marked) throw new OitError("ledgerTableIsUsers", { table: existing.name, sheet: existing.sheet });
  const choice = holder ? { name: holder.name, replaces: holder } : chooseReportSheet(LEDGER_TABLE, sheets);
  const others = tables.filter((table) => table.sheet === choice.replaces?.name && table !== existing);
  if (others.length > 0) throw new OitError("ledgerSheetHoldsTables", { sheet: choice.name, tables: others.map((table) => table.name) });
  return choice;
}
