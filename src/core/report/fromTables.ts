import { OitError } from "../errors";
import { HISTORY_TABLE, readForecastHistory } from "../plan/history";
import { CAUSES_TABLE, readCauses } from "../workbook/causes";
import { PROFILES_TABLE, readProfiles } from "../workbook/profiles";
import { settingsReportUnit } from "../workbook/settings";
import { findOptionalTable } from "../workbook/tables";
import type { Ledger, TableData } from "../workbook/types";
import { readYearLines, yearInputTables } from "../workbook/yearInputs";
import { buildReport } from "./build";
import type { ReportRequest } from "./request";
import type { Report } from "./types";

/** The tables reportFromTables reads (the ledger `ledgerTable`, else Underlag). */
export function reportTables(ledgerTable?: string): string[] {
  return [...yearInputTables(ledgerTable), PROFILES_TABLE, CAUSES_TABLE, HISTORY_TABLE];
}

/**
 * The report from a workbook's tables as a host read them (workbook.md): Inställningar, Fördelningsnycklar,
 * the ledger (Underlag, or the request's ledger table), and when present Periodiseringsprofiler,
 * Avvikelseorsaker and Prognoshistorik; `ledger`, a ledger made by an import (importLedger), is used instead
 * of the workbook's ledger table.
 */
export function reportFromTables(tables: readonly TableData[], request: ReportRequest = {}, ledger?: Ledger): Report {
  const inputs = readYearLines(tables, request, ledger ?? request.ledgerTable);
  const { settings, key } = inputs;
  const profiles = findOptionalTable(tables, PROFILES_TABLE);
  const causes = findOptionalTable(tables, CAUSES_TABLE);
  const versions = readForecastHistory(findOptionalTable(tables, HISTORY_TABLE), key.parties);
  if (request.compare !== undefined && versions.length === 0) {
    throw new OitError("compareUnknownVersion", { version: request.compare, table: HISTORY_TABLE, found: "–" }, { table: HISTORY_TABLE });
  }
  return buildReport(
    {
      settings,
      parties: key.parties,
      shares: key.shares,
      ledger: inputs.ledger,
      profiles: profiles ? readProfiles(profiles) : [],
      causes: causes ? readCauses(causes, settingsReportUnit(tables), settings.reportUnit) : [],
      warnings: [...key.warnings, ...inputs.ledgerWarnings],
      versions,
    },
    request
  );
}
