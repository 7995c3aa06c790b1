import { settingsOf } from "../core/workbook/settings";
import type { Settings, TableData } from "../core/workbook/types";

/**
 * The workbook's settings for what the pane shows before any action, or null when they cannot be
 * read yet: the Kontroll view and the action itself name what is wrong with them.
 */
export function readableSettings(tables: readonly TableData[]): Settings | null {
  try {
    return settingsOf(tables);
  } catch {
    return null;
  }
}
