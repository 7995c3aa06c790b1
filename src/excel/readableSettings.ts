import { readSettings, SETTINGS_TABLE } from "../core/workbook/settings";
import { findOptionalTable } from "../core/workbook/tables";
import type { Settings, TableData } from "../core/workbook/types";

/**
 * The workbook's settings for what the pane shows before any action, or null when they cannot be
 * read yet: the Kontroll view and the action itself name what is wrong with them.
 */
export function readableSettings(tables: readonly TableData[]): Settings | null {
  try {
    return readSettings(findOptionalTable(tables, SETTINGS_TABLE));
  } catch {
    return null;
  }
}
