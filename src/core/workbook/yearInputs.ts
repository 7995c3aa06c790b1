import { OitError } from "../errors";
import { keyForYear, type YearKey } from "./keyForYear";
import { KEYS_TABLE, readKeys } from "./keys";
import { LEDGER_TABLE, readLedger } from "./ledger";
import { sameName } from "./names";
import { SETTINGS_TABLE, settingsOf } from "./settings";
import { findTable } from "./tables";
import type { Ledger, Settings, TableData } from "./types";

export interface YearInputs {
  /** The host spelt as the key spells it. */
  settings: Settings;
  key: YearKey;
  ledger: Ledger;
}

/** The tables readYearInputs reads, for a host that reads only what an action needs. */
export function yearInputTables(ledgerTable = LEDGER_TABLE): string[] {
  return [SETTINGS_TABLE, KEYS_TABLE, ledgerTable];
}

/** The host as the key spells it; a host that is not a party of the year's key is an error. */
function hostAmong(host: string, parties: readonly string[], year: number): string {
  const party = parties.find((name) => sameName(name, host));
  if (party) return party;
  throw new OitError("unknownHost", { host, year, allowed: parties }, { table: SETTINGS_TABLE });
}

/**
 * What the report and the invoices both stand on (workbook.md): Inställningar (overrides win), the key of
 * the settings' year from Fördelningsnycklar, and the ledger (`ledgerTable`, else Underlag) tagged by its parties.
 */
export function readYearInputs(tables: readonly TableData[], overrides: Partial<Settings> = {}, ledgerTable = LEDGER_TABLE): YearInputs {
  const settings = settingsOf(tables, overrides);
  const key = keyForYear(readKeys(findTable(tables, KEYS_TABLE)), settings.year, settings.keyDecimals);
  const ledger = readLedger(findTable(tables, ledgerTable), key.parties);
  return { settings: { ...settings, host: hostAmong(settings.host, key.parties, settings.year) }, key, ledger };
}
