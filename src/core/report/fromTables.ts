import { OitError } from "../errors";
import { CAUSES_TABLE, readCauses } from "../workbook/causes";
import { keyForYear } from "../workbook/keyForYear";
import { KEYS_TABLE, readKeys } from "../workbook/keys";
import { LEDGER_TABLE, readLedger } from "../workbook/ledger";
import { sameName } from "../workbook/names";
import { PROFILES_TABLE, readProfiles } from "../workbook/profiles";
import { readSettings, SETTINGS_TABLE } from "../workbook/settings";
import { findOptionalTable, findTable } from "../workbook/tables";
import type { Rounding, Settings, TableData, Unit } from "../workbook/types";
import { buildReport } from "./build";
import type { Report } from "./types";

export interface ReportOverrides {
  month?: number;
  year?: number;
  /** The report's unit. */
  unit?: Unit;
  rounding?: Rounding;
  /** The ledger table's name, when it is not "Underlag". */
  ledgerTable?: string;
  committeeLines?: boolean;
}

function settingOverrides(overrides: ReportOverrides): Partial<Settings> {
  const settings: Partial<Settings> = {};
  if (overrides.month !== undefined) settings.throughMonth = overrides.month;
  if (overrides.year !== undefined) settings.year = overrides.year;
  if (overrides.unit !== undefined) settings.reportUnit = overrides.unit;
  if (overrides.rounding !== undefined) settings.rounding = overrides.rounding;
  return settings;
}

/** The host as the key spells it; a host that is not a party of the year's key is an error. */
function hostAmong(host: string, parties: readonly string[], year: number): string {
  const party = parties.find((name) => sameName(name, host));
  if (party) return party;
  throw new OitError("unknownHost", { host, year, allowed: parties }, { table: SETTINGS_TABLE });
}

/**
 * The report from a workbook's tables as a host read them (workbook.md): Inställningar, Fördelningsnycklar,
 * the ledger (Underlag), and when present Periodiseringsprofiler and Avvikelseorsaker.
 */
export function reportFromTables(tables: readonly TableData[], overrides: ReportOverrides = {}): Report {
  const settings = readSettings(findOptionalTable(tables, SETTINGS_TABLE), settingOverrides(overrides));
  const key = keyForYear(readKeys(findTable(tables, KEYS_TABLE)), settings.year, settings.keyDecimals);
  const ledger = readLedger(findTable(tables, overrides.ledgerTable ?? LEDGER_TABLE), key.parties);
  const profiles = findOptionalTable(tables, PROFILES_TABLE);
  const causes = findOptionalTable(tables, CAUSES_TABLE);
  return buildReport(
    {
      settings: { ...settings, host: hostAmong(settings.host, key.parties, settings.year) },
      parties: key.parties,
      shares: key.shares,
      ledger,
      profiles: profiles ? readProfiles(profiles) : [],
      causes: causes ? readCauses(causes) : [],
      warnings: key.warnings,
    },
    { committeeLines: overrides.committeeLines }
  );
}
