import { REPORT_MARKER_NAME, type LedgerRowsShown, reportLineAt } from "../core/report";
import { sharedTag } from "../core/rules";
import { requireColumn, LEDGER_TABLE, ledgerColumns, sameName } from "../core/workbook";
import { excelError } from "./messages";

/** `context.sync()` calls of showLedgerRowsOfSelection: the selection, its sheet's first column and the headers, two columns, the filter. */
export const SHOW_LEDGER_ROWS_SYNCS = 4;

function distinct(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** The Rad and Fördelning columns of the ledger, as typed (the filter must name each spelling the name rule joins). */
function ledgerRowsOf(lines: readonly unknown[][], allocations: readonly unknown[][]): { line: string; allocation: string }[] {
  return lines.map((row, i) => ({ line: String(row[0]), allocation: String(allocations[i][0]) }));
}

/**
 * From the line of the report the economist selected to the ledger rows behind it: the table Underlag
 * filtered (AutoFilter on Rad and Fördelning) to that line's rows and its sheet shown. Only the filter
 * changes; no cell is written. A selection outside the add-in's report sheet, or on a row that is not
 * a line, is an error saying what to select.
 */
export async function showLedgerRowsOfSelection(): Promise<LedgerRowsShown> {
  return Excel.run(async (context) => {
    const cell = context.workbook.getActiveCell().load("rowIndex");
    const sheet = cell.worksheet.load("name");
    const marker = sheet.names.getItemOrNullObject(REPORT_MARKER_NAME).load("name");
    const ledger = context.workbook.tables.getItemOrNullObject(LEDGER_TABLE).load("name");
    await context.sync();
    if (marker.isNullObject) throw excelError("selectReportLine", { sheet: sheet.name });
    if (ledger.isNullObject) throw excelError("noLedgerToFilter", { table: LEDGER_TABLE });
    const labels = sheet.getRangeByIndexes(0, 0, cell.rowIndex + 1, 1).load("values");
    const header = ledger.getHeaderRowRange().load("values, rowIndex, columnIndex");
    const body = ledger.getDataBodyRange().load("rowCount");
    const ledgerSheet = ledger.worksheet.load("name");
    await context.sync();
    const headers = header.values[0].map(String);
    const table = { name: ledger.name, sheet: ledgerSheet.name, headers, rows: [] };
    const lineColumn = requireColumn(table, ledgerColumns.line).index;
    const allocationColumn = requireColumn(table, ledgerColumns.allocation).index;
    const column = (index: number) =>
      ledgerSheet.getRangeByIndexes(header.rowIndex + 1, header.columnIndex + index, body.rowCount, 1).load("values");
    const lines = column(lineColumn);
    const allocations = column(allocationColumn);
    await context.sync();
    const rows = ledgerRowsOf(lines.values, allocations.values);
    const parties = distinct(rows.map((row) => row.allocation)).filter((party) => party.trim() !== "" && !sameName(party, sharedTag)).map((party) => party.trim());
    const found = reportLineAt(labels.values.map((row) => row[0]), cell.rowIndex, parties);
    if (!found) throw excelError("selectReportLine", { sheet: sheet.name });
    const behind = rows.filter((row) => sameName(row.line, found.line) && sameName(row.allocation, found.allocation));
    if (behind.length === 0) throw excelError("lineNotInLedger", { ...found, table: ledger.name });
    ledger.clearFilters();
    ledger.columns.getItem(headers[lineColumn]).filter.applyValuesFilter(distinct(behind.map((row) => row.line)));
    ledger.columns.getItem(headers[allocationColumn]).filter.applyValuesFilter(distinct(behind.map((row) => row.allocation)));
    ledgerSheet.activate();
    await context.sync();
    return { ...found, rows: behind.length, sheet: ledgerSheet.name };
  });
}

/** Every row of Underlag shown again (its AutoFilter cleared), in one sync after the lookup. */
export async function showAllLedgerRows(): Promise<void> {
  await Excel.run(async (context) => {
    const ledger = context.workbook.tables.getItemOrNullObject(LEDGER_TABLE).load("name");
    await context.sync();
    if (ledger.isNullObject) throw excelError("noLedgerToFilter", { table: LEDGER_TABLE });
    ledger.clearFilters();
    await context.sync();
  });
}
