import { accountFromTables, accountTables, accountLayout, type MembersAccount } from "../core/account";
import { exitFromTables, exitTables, exitLayout, type ExitSplit } from "../core/exit";
import { readYearBasis, yearBasisTables } from "../core/workbook";
import { readWorkbook } from "./readWorkbook";
import { writeSheet, type Written } from "./writeSheet";

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
