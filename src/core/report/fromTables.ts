import { OitError } from "../errors";
import { HISTORY_TABLE, readForecastHistory } from "../plan/history";
import { CAUSES_TABLE, readCauses } from "../workbook/causes";
import { PROFILES_TABLE, readProfiles } from "../workbook/profiles";
import { settingsReportUnit } from "../workbook/settings";
import { findOptionalTable } from "../workbook/tables";
import type { Ledger, Rounding, Settings, TableData, Unit } from "../workbook/types";
import { readYearInputs, yearInputTables } from "../workbook/yearInputs";
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
  /** A ledger made by an import (importLedger), used instead of the workbook's ledger table. */
  ledger?: Ledger;
  committeeLines?: boolean;
  /** The locked forecast (Prognoshistorik's Version) to compare with; default the latest. */
  compare?: string;
}

function settingOverrides(overrides: ReportOverrides): Partial<Settings> {
  const settings: Partial<Settings> = {};
  if (overrides.month !== undefined) settings.throughMonth = overrides.month;
  if (overrides.year !== undefined) settings.year = overrides.year;
  if (overrides.unit !== undefined) settings.reportUnit = overrides.unit;
  if (overrides.rounding !== undefined) settings.rounding = overrides.rounding;
  return settings;
}

/** The tables reportFromTables reads (the ledger `ledgerTable`, else Underlag). */
export function reportTables(ledgerTable?: string): string[] {
  return [...yearInputTables(ledgerTable), PROFILES_TABLE, CAUSES_TABLE, HISTORY_TABLE];
}

/**
 * The report from a workbook's tables as a host read them (workbook.md): Inställningar, Fördelningsnycklar,
 * the ledger (Underlag), and when present Periodiseringsprofiler and Avvikelseorsaker.
 */
export function reportFromTables(tables: readonly TableData[], overrides: ReportOverrides = {}): Report {
  const { settings, key, ledger, ledgerWarnings } = readYearInputs(tables, settingOverrides(overrides), overrides.ledger ?? overrides.ledgerTable);
  const profiles = findOptionalTable(tables, PROFILES_TABLE);
  const causes = findOptionalTable(tables, CAUSES_TABLE);
  const versions = readForecastHistory(findOptionalTable(tables, HISTORY_TABLE), key.parties);
  if (overrides.compare !== undefined && versions.length === 0) {
    throw new OitError("compareUnknownVersion", { version: overrides.compare, table: HISTORY_TABLE, found: "–" }, { table: HISTORY_TABLE });
  }
  return buildReport(
    {
      settings,
      parties: key.parties,
      shares: key.shares,
      ledger,
      profiles: profiles ? readProfiles(profiles) : [],
      causes: causes ? readCauses(causes, settingsReportUnit(tables), settings.reportUnit) : [],
      warnings: [...key.warnings, ...ledgerWarnings],
      history: { versions, compare: overrides.compare },
    },
    { committeeLines: overrides.committeeLines }
  );
}
