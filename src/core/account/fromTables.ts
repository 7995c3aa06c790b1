import { findOptionalTable } from "../workbook/tables";
import { INVOICED_TABLE, readInvoiced } from "../workbook/invoiced";
import { PROFILES_TABLE, readProfiles } from "../workbook/profiles";
import type { Settings, TableData } from "../workbook/types";
import { readYearInputs, yearInputTables } from "../workbook/yearInputs";
import { membersAccount } from "./membersAccount";
import type { MembersAccount } from "./types";

/** The tables the account reads, for a host that reads only what an action needs. */
export function accountTables(ledgerTable?: string): string[] {
  return [...yearInputTables(ledgerTable), INVOICED_TABLE, PROFILES_TABLE];
}

/** The members' account of the settings' year from the workbook's tables: those of the report, and Fakturerat when it is there. */
export function accountFromTables(tables: readonly TableData[], overrides: Partial<Settings> = {}, ledgerTable?: string): MembersAccount {
  const { settings, key, ledger } = readYearInputs(tables, overrides, ledgerTable);
  const invoiced = findOptionalTable(tables, INVOICED_TABLE);
  const profiles = findOptionalTable(tables, PROFILES_TABLE);
  return membersAccount({
    settings,
    parties: key.parties,
    shares: key.shares,
    ledger,
    profiles: profiles ? readProfiles(profiles) : [],
    invoices: invoiced ? readInvoiced(invoiced, key.parties, settings.year) : [],
  });
}
