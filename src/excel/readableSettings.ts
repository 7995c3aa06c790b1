import { settingsOf, type Settings, type TableData } from "../core/workbook";

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
