import type { TableData } from "../core/workbook/types";

/** `context.sync()` calls of readWorkbookTables, however many tables and rows the workbook has. */
export const READ_TABLES_SYNCS = 2;

interface PendingTable {
  name: string;
  sheet: Excel.Worksheet;
  header: Excel.Range;
  body: Excel.Range;
}

function queueRead(table: Excel.Table): PendingTable {
  return {
    name: table.name,
    sheet: table.worksheet.load("name"),
    header: table.getHeaderRowRange().load("values"),
    body: table.getDataBodyRange().load("values, rowIndex, columnIndex"),
  };
}

/**
 * Cell values are passed on raw, as the core's parser expects them: Excel already gives blanks
 * as "" and error values as their text ("#N/A", "#DIV/0!"), so nothing is lost or invented here.
 */
function toTableData(table: PendingTable): TableData {
  return {
    name: table.name,
    sheet: table.sheet.name,
    headers: table.header.values[0].map((header) => String(header)),
    rows: table.body.values,
    origin: { row: table.body.rowIndex, column: table.body.columnIndex },
  };
}

/** Every Excel table of the workbook with its sheet, headers, raw body values and position. */
export async function readWorkbookTables(context: Excel.RequestContext): Promise<TableData[]> {
  const tables = context.workbook.tables.load("items/name");
  await context.sync();
  const pending = tables.items.map(queueRead);
  await context.sync();
  return pending.map(toTableData);
}
