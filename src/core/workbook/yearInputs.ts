import { OitError, type Notice } from "../errors";
import { applyForecasts, FORECAST_TABLE, readForecasts } from "./forecasts";
import { keyForYear, type YearKey } from "./keyForYear";
import { KEYS_TABLE, readKeys } from "./keys";
import { LEDGER_TABLE, readLedger, readLedgerLines } from "./ledger";
import { summedLedger } from "./lineSums";
import { sameName } from "./names";
import { SETTINGS_TABLE, settingsOf } from "./settings";
import { findOptionalTable, findTable } from "./tables";
import type { Ledger, Settings, SummedLedger, TableData } from "./types";

export interface YearInputs<L = Ledger> {
  /** The host spelt as the key spells it. */
  settings: Settings;
  key: YearKey;
  ledger: L;
  /** About the ledger as read: Prognos rows that name no line of it. */
  ledgerWarnings: Notice[];
}

/** The tables readYearBasis reads. */
export function yearBasisTables(): string[] {
  return [SETTINGS_TABLE, KEYS_TABLE];
}

/** The tables readYearInputs reads, for a host that reads only what an action needs. */
export function yearInputTables(ledgerTable = LEDGER_TABLE): string[] {
  return [...yearBasisTables(), ledgerTable, FORECAST_TABLE];
}

/** The host as the key spells it; a host that is not a party of the year's key is an error. */
function hostAmong(host: string, parties: readonly string[], year: number): string {
  const party = parties.find((name) => sameName(name, host));
  if (party) return party;
  throw new OitError("unknownHost", { host, year, allowed: parties }, { table: SETTINGS_TABLE });
}

/** The settings (overrides win) and the key of their year, with the host spelt as the key spells it. */
export function readYearBasis(tables: readonly TableData[], overrides: Partial<Settings> = {}): Omit<YearInputs, "ledger" | "ledgerWarnings"> {
  const settings = settingsOf(tables, overrides);
  const key = keyForYear(readKeys(findTable(tables, KEYS_TABLE)), settings.year, settings.keyDecimals);
  return { settings: { ...settings, host: hostAmong(settings.host, key.parties, settings.year) }, key };
}

/**
 * What the report and the invoices both stand on (workbook.md): Inställningar (overrides win), the key of
 * the settings' year from Fördelningsnycklar, and the ledger: `ledger` when an import made it (its forecasts
 * already taken from Prognos), else the table `ledger` names (Underlag by default) tagged by the key's
 * parties, each line's forecast taken from the Prognos table when it has a row there.
 */
export function readYearInputs(tables: readonly TableData[], overrides: Partial<Settings> = {}, ledger: string | Ledger = LEDGER_TABLE): YearInputs {
  const { settings, key } = readYearBasis(tables, overrides);
  if (typeof ledger !== "string") return { settings, key, ledger, ledgerWarnings: [] };
  const read = readLedger(findTable(tables, ledger), key.parties);
  const forecasts = readForecasts(findOptionalTable(tables, FORECAST_TABLE), key.parties);
  const { rows, warnings } = applyForecasts(read.rows, forecasts);
  return { settings, key, ledger: { ...read, rows }, ledgerWarnings: warnings };
}

/**
 * readYearInputs with the ledger summed per line (SummedLedger), as the report reads it: a table's rows are added
 * to their lines as they are read, with the same problems, and each line's forecast is taken from Prognos as
 * readYearInputs takes it for its rows. The rows behind the lines are read again only when asked for.
 */
export function readYearLines(tables: readonly TableData[], overrides: Partial<Settings> = {}, ledger: string | Ledger = LEDGER_TABLE): YearInputs<SummedLedger> {
  const { settings, key } = readYearBasis(tables, overrides);
  if (typeof ledger !== "string") return { settings, key, ledger: summedLedger(ledger), ledgerWarnings: [] };
  const table = findTable(tables, ledger);
  const read = readLedgerLines(table, key.parties);
  const forecasts = readForecasts(findOptionalTable(tables, FORECAST_TABLE), key.parties);
  const { rows: lines, warnings } = applyForecasts(read.lines, forecasts);
  const rows = () => applyForecasts(readLedger(table, key.parties).rows, forecasts).rows;
  return { settings, key, ledger: { ...read, lines, rows }, ledgerWarnings: warnings };
}
