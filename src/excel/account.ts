import { accountFromTables, accountTables } from "../core/account/fromTables";
import { accountLayout } from "../core/account/layout";
import type { MembersAccount } from "../core/account/types";
import type { Notice } from "../core/errors";
import { exitFromTables, exitTables } from "../core/exit/fromTables";
import { exitLayout } from "../core/exit/layout";
import type { ExitSplit } from "../core/exit/types";
import type { SheetLayout } from "../core/report/layout.types";
import type { TableData } from "../core/workbook/types";
import { readYearBasis, yearBasisTables } from "../core/workbook/yearInputs";
import { readWorkbook } from "./readWorkbook";
import { writeReport } from "./writeReport";

export interface Written<T> {
  value: T;
  sheetName: string;
  /** What Excel refused of the sheet's print settings or chart, the figures being complete. */
  skipped: Notice[];
}

/**
 * Reads the tables `names` lists, computes, and writes the result's sheet with the report writer: marked as the
 * add-in's, replacing only its own earlier sheet, the figures all or nothing.
 */
async function writeSheet<T>(names: string[], compute: (tables: TableData[]) => T, layoutOf: (value: T) => SheetLayout): Promise<Written<T>> {
  return Excel.run(async (context) => {
    const { tables, sheets } = await readWorkbook(context, { names });
    const value = compute(tables);
    const { sheetName, skipped } = await writeReport(context, layoutOf(value), sheets);
    return { value, sheetName, skipped };
  });
}

/** The members' account for the year as the sheet Avräkning YYYY. */
export function writeAccount(): Promise<Written<MembersAccount>> {
  return writeSheet(accountTables(), (tables) => accountFromTables(tables), accountLayout);
}

/** The exit of `party` as the sheet Avveckling YYYY, with its chart of before and after. */
export function writeExit(party: string): Promise<Written<ExitSplit>> {
  return writeSheet(exitTables(), (tables) => exitFromTables(tables, party), exitLayout);
}

/** The members that can leave: every party of the settings' year but the host. */
export async function exitCandidates(): Promise<string[]> {
  return Excel.run(async (context) => {
    const { tables } = await readWorkbook(context, { names: yearBasisTables() });
    const { settings, key } = readYearBasis(tables);
    return key.parties.filter((party) => party !== settings.host);
  });
}
