import type { Settings, TableData } from "../workbook/types";
import { findOptionalTable, findTable } from "../workbook/tables";
import { FORECAST_TABLE, readForecasts } from "../workbook/forecasts";
import { readYearBasis } from "../workbook/yearInputs";
import { importLedger } from "./importLedger";
import { MAPPING_TABLE, readMapping } from "./mapping/read";
import type { ExportData, ImportResult } from "./types";

/** importLedger with the workbook's own tables: the key's parties (of the settings' year), Mappning and Prognos. */
export function importFromTables(tables: readonly TableData[], data: ExportData, overrides: Partial<Settings> = {}): ImportResult {
  const { key } = readYearBasis(tables, overrides);
  const mapping = readMapping(findTable(tables, MAPPING_TABLE), key.parties);
  return importLedger(data, mapping, key.parties, readForecasts(findOptionalTable(tables, FORECAST_TABLE), key.parties));
}
