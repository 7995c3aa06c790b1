import { MAPPING_TABLE, draftMappingRow, type CodeString, type DraftRuleAdded } from "../core/import";
import { chooseReportSheet } from "../core/report";
import { cellAddress, columnLetters, isBlankRow, sameName } from "../core/workbook";
import { SETTINGS_SHEET } from "./keys";

/** `context.sync()` calls of addDraftRule: the lookups, the table's headers (or the free place for a new one), the write. */
export const ADD_DRAFT_RULE_SYNCS = 3;

type Cells = (string | number | null)[][];

/**
 * Excel reads a value written to a cell as if it were typed: "0410" would become the number 410
 * and no longer be the code. A leading apostrophe keeps it as text, as it does when typed.
 */
function typedAsText(row: readonly (string | number | null)[]): (string | number)[] {
  return row.map((value) => (typeof value === "string" && /^[\s+\-.,\d]/.test(value) && value !== "" ? `'${value}` : value ?? ""));
}

/** The column of the rule's Rad, where the economist starts completing it. */
function lineColumn(headers: readonly string[]): number {
  return Math.max(0, headers.findIndex((header) => sameName(header, "Rad")));
}

function selectCell(sheet: Excel.Worksheet, row: number, column: number): void {
  sheet.activate();
  sheet.getRangeByIndexes(row, column, 1, 1).select();
}

/** Appends the draft under the table's last rule (Excel moves what is below down), or fills the one blank row of an empty table. */
async function appendTo(context: Excel.RequestContext, table: Excel.Table, codes: CodeString): Promise<DraftRuleAdded> {
  const header = table.getHeaderRowRange().load("values, rowIndex, columnIndex");
  const body = table.getDataBodyRange().load("values, rowCount");
  const sheet = table.worksheet.load("name");
  await context.sync();
  const headers = header.values[0].map(String);
  const row = typedAsText(draftMappingRow(headers, codes).rows[0]);
  const empty = body.rowCount === 1 && isBlankRow(body.values[0]);
  if (empty) body.values = [row];
  else table.rows.add(undefined, [row]);
  const position = empty ? 1 : body.rowCount + 1;
  const sheetRow = header.rowIndex + position;
  const column = header.columnIndex + lineColumn(headers);
  selectCell(sheet, sheetRow, column);
  await context.sync();
  return { sheet: sheet.name, row: position, created: false, address: cellAddress(sheet.name, `${columnLetters(column)}${sheetRow + 1}`) };
}

/** A new table Mappning with the draft as its first rule, at `column` of row 1 of `sheet`. */
async function createWith(context: Excel.RequestContext, sheet: Excel.Worksheet, sheetName: string, column: number, codes: CodeString): Promise<DraftRuleAdded> {
  const draft = draftMappingRow(null, codes);
  const cells: Cells = [draft.headers, typedAsText(draft.rows[0])];
  const range = sheet.getRangeByIndexes(0, column, 2, draft.headers.length);
  range.values = cells as (string | number)[][];
  context.workbook.tables.add(range, true).name = MAPPING_TABLE;
  const rad = column + lineColumn(draft.headers);
  selectCell(sheet, 1, rad);
  await context.sync();
  return { sheet: sheetName, row: 1, created: true, address: cellAddress(sheetName, `${columnLetters(rad)}2`) };
}

/**
 * Adds a draft rule for an unmapped code string to the economist's Mappning table, its codes as exact
 * patterns and Rad and Fördelning blank, and selects its Rad cell. Without a Mappning table, one is made
 * on the sheet Inställningar, right of what that sheet holds, or on a sheet of its own. Nothing of the
 * user's is overwritten: the rule goes after the last one (first match wins, and no rule matched it).
 */
export async function addDraftRule(codes: CodeString): Promise<DraftRuleAdded> {
  return Excel.run(async (context) => {
    const table = context.workbook.tables.getItemOrNullObject(MAPPING_TABLE).load("name");
    const settings = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET).load("name");
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    if (!table.isNullObject) return appendTo(context, table, codes);
    if (!settings.isNullObject) {
      const used = settings.getUsedRangeOrNullObject(true).load("columnIndex, columnCount");
      await context.sync();
      // One blank column between the settings' tables and the rules.
      const column = used.isNullObject ? 0 : used.columnIndex + used.columnCount + 1;
      return createWith(context, settings, settings.name, column, codes);
    }
    const { name } = chooseReportSheet(MAPPING_TABLE, sheets.items.map((sheet) => ({ name: sheet.name, marked: false })));
    return createWith(context, context.workbook.worksheets.add(name), name, 0, codes);
  });
}
