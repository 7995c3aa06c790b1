import { KEY_HEADERS, KEYS_TABLE, keyColumns, readKeys, defaultSettings, newSettingsRows, SETTINGS_HEADERS, SETTINGS_TABLE, findOptionalTable, sameName, type KeyRowInput, type KeySetup, type TableData } from "../core/workbook";
import { readableSettings } from "./readableSettings";
import { readWorkbook } from "./readWorkbook";
import { textSafeFormats } from "./textFormat";

export const SETTINGS_SHEET = "Inställningar";
/** Excel's percent format with the key's decimals (Nyckelns decimaler): 1 gives "0.0 %" (44,7 %). */
export function shareFormat(percentDecimals: number): string {
  return percentDecimals > 0 ? `0.${"0".repeat(percentDecimals)} %` : "0 %";
}

/** Keys read leniently for display: bad settings leave the default decimals (the checks report them). */
function percentDecimalsOf(tables: readonly TableData[]): number {
  return readableSettings(tables)?.keyDecimals ?? defaultSettings.keyDecimals;
}

export function keySetupOf(tables: readonly TableData[]): KeySetup | null {
  const table = findOptionalTable(tables, KEYS_TABLE);
  if (!table) return null;
  const rows = readKeys(table).map((entry) => ({
    year: entry.year,
    party: entry.party,
    users: entry.users,
    share: entry.share ? entry.share.toNumber() : null,
  }));
  return { rows, percentDecimals: percentDecimalsOf(tables) };
}

/** The key table and its settings, or null when the workbook has no Fördelningsnycklar table. */
export async function readKeySetup(): Promise<KeySetup | null> {
  return Excel.run(async (context) =>
    keySetupOf((await readWorkbook(context, { names: [KEYS_TABLE, SETTINGS_TABLE] })).tables)
  );
}

function addTable(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  name: string,
  column: number,
  values: (string | number)[][]
): void {
  const range = sheet.getRangeByIndexes(0, column, values.length, values[0].length);
  range.numberFormat = textSafeFormats(values, () => null);
  range.values = values;
  context.workbook.tables.add(range, true).name = name;
}

/**
 * Creates the sheet Inställningar with the tables Fördelningsnycklar and Inställningar, each only
 * when the workbook lacks it, so a table the economist typed by hand is never replaced.
 */
export async function createSettingsSheet(year = new Date().getFullYear() + 1): Promise<void> {
  await Excel.run(async (context) => {
    const keys = context.workbook.tables.getItemOrNullObject(KEYS_TABLE).load("isNullObject");
    const settings = context.workbook.tables.getItemOrNullObject(SETTINGS_TABLE).load("isNullObject");
    const existing = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET).load("isNullObject");
    await context.sync();
    const sheet = existing.isNullObject
      ? context.workbook.worksheets.add(SETTINGS_SHEET)
      : existing;
    if (keys.isNullObject) {
      addTable(context, sheet, KEYS_TABLE, 0, [[...KEY_HEADERS], [year, "", "", ""]]);
      sheet.getRangeByIndexes(1, KEY_HEADERS.indexOf(keyColumns.share.name), 1, 1).numberFormat = [[shareFormat(defaultSettings.keyDecimals)]];
    }
    if (settings.isNullObject)
      addTable(context, sheet, SETTINGS_TABLE, 5, [[...SETTINGS_HEADERS], ...newSettingsRows(year)]);
    sheet.activate();
    await context.sync();
  });
}

/**
 * The table body after saving one year: that year's rows replaced in place (or appended), the
 * other years untouched, columns placed by their headers so a table with extra columns keeps them.
 */
export function keyTableBody(
  headers: readonly string[],
  body: readonly unknown[][],
  year: number,
  rows: readonly KeyRowInput[]
): unknown[][] {
  const column = (name: string) => headers.findIndex((header) => sameName(header, name));
  const [yearColumn, partyColumn, usersColumn, shareColumn] = KEY_HEADERS.map(column);
  const rowOf = (input: KeyRowInput) => {
    const values: unknown[] = headers.map(() => "");
    values[yearColumn] = input.year;
    values[partyColumn] = input.party;
    if (usersColumn >= 0) values[usersColumn] = input.users ?? "";
    if (shareColumn >= 0) values[shareColumn] = input.share ?? "";
    return values;
  };
  const isYear = (row: readonly unknown[]) => Number(row[yearColumn]) === year;
  const first = body.findIndex(isYear);
  const others = body.filter((row) => !isYear(row));
  const at = first < 0 ? others.length : body.slice(0, first).filter((row) => !isYear(row)).length;
  return [...others.slice(0, at), ...rows.map(rowOf), ...others.slice(at)];
}

/**
 * Writes one year's key to Fördelningsnycklar: one read, one write, whatever the number of rows.
 * The table is resized to the new body and rows it no longer covers are cleared.
 */
export async function saveKeyYear(year: number, rows: KeyRowInput[], percentDecimals = defaultSettings.keyDecimals): Promise<void> {
  await Excel.run(async (context) => {
    const table = context.workbook.tables.getItem(KEYS_TABLE).load("worksheet");
    const header = table.getHeaderRowRange().load("values, rowIndex, columnIndex, columnCount");
    const body = table.getDataBodyRange().load("values, rowCount");
    await context.sync();
    const headers = header.values[0].map(String);
    const values = keyTableBody(headers, body.values, year, rows) as (string | number)[][];
    const sheet = table.worksheet;
    const top = header.rowIndex + 1;
    const width = header.columnCount;
    if (values.length < body.rowCount) {
      sheet
        .getRangeByIndexes(
          top + values.length,
          header.columnIndex,
          body.rowCount - values.length,
          width
        )
        .clear();
    }
    table.resize(
      sheet.getRangeByIndexes(header.rowIndex, header.columnIndex, values.length + 1, width)
    );
    const written = sheet.getRangeByIndexes(top, header.columnIndex, values.length, width);
    // A party typed as "-Borgholm" or "=x" stays the text it is; the figures keep their formats.
    written.numberFormat = textSafeFormats(values, () => null);
    written.values = values;
    const share = headers.findIndex((name) => sameName(name, keyColumns.share.name));
    if (share >= 0) {
      sheet.getRangeByIndexes(top, header.columnIndex + share, values.length, 1).numberFormat =
        values.map(() => [shareFormat(percentDecimals)]);
    }
    await context.sync();
  });
}
