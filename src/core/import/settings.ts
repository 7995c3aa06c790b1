import { parseWholeNumber } from "../input/parseWholeNumber";
import { SETTINGS_TABLE, settingRows, settingsOf } from "../workbook/settings";
import { findOptionalTable } from "../workbook/tables";
import type { Settings, TableData } from "../workbook/types";
import type { ImportSettings } from "./types";

type Dimension = keyof ImportSettings["sieDimensions"];

/** The Inställningar rows naming the SIE dimension of each code column (workbook.md), with their defaults. */
export const sieDimensionSettings: Record<Dimension, { name: string; fallback: number | null }> = {
  responsibility: { name: "SIE-dimension Ansvar", fallback: 1 },
  activity: { name: "SIE-dimension Verksamhet", fallback: null },
  project: { name: "SIE-dimension Projekt", fallback: 6 },
  counterparty: { name: "SIE-dimension Motpart", fallback: null },
};

/** The settings of an import: År and Period t.o.m. månad of Inställningar (overrides win), and its SIE-dimension rows. */
export function importSettingsOf(tables: readonly TableData[], overrides: Partial<Settings> = {}): ImportSettings {
  const settings = settingsOf(tables, overrides);
  const rows = settingRows(findOptionalTable(tables, SETTINGS_TABLE), Object.values(sieDimensionSettings).map((setting) => setting.name));
  const sieDimensions = {} as ImportSettings["sieDimensions"];
  for (const [column, { name, fallback }] of Object.entries(sieDimensionSettings) as [Dimension, { name: string; fallback: number | null }][]) {
    const cell = rows.get(name);
    // 0 says "this code column is not taken from the file", so a default dimension can be turned off.
    const dimension = cell ? parseWholeNumber(cell.value, { min: 0, max: 999 }, "sieDimensionRange", cell.where) : fallback;
    sieDimensions[column] = dimension === 0 ? null : dimension;
  }
  return { year: settings.year, throughMonth: settings.throughMonth, sieDimensions };
}
