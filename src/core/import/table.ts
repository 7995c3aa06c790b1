import { isOitError, OitError, type Where } from "../errors";
import { cellWhere } from "../workbook/cells";
import type { TableData } from "../workbook/types";
import { cellAmount } from "./amounts";
import { exportFromGrid, gridOfTable, HEADER_SEARCH_ROWS } from "./grid";
import type { ExportData, ImportSettings } from "./types";

/**
 * An export that is a table of the workbook or a sheet, headers as for CSV. Its first row may be a title
 * (a sheet's first row is taken for its headers): the grid is searched for the header as a CSV's lines are.
 */
export function readTableExport(table: TableData, settings: ImportSettings): ExportData {
  // Grid row 0 is the table's header row: body row r is grid row r + 1.
  const where = (row: number, column?: number, header?: string): Where => {
    if (column === undefined) return row === 0 ? { sheet: table.sheet, table: table.name } : { sheet: table.sheet, table: table.name, row };
    return { ...cellWhere(table, row - 1, column), columnName: header };
  };
  return exportFromGrid(gridOfTable(table), {
    recognition: { format: "xlsx", source: table.name, year: settings.year },
    where,
    amount: cellAmount,
  });
}

/** An .xlsx export: the first of its tables and sheets (in the host's order) that has an export's header. */
export function readWorkbookExport(candidates: readonly TableData[], fileName: string, settings: ImportSettings): ExportData {
  for (const table of candidates) {
    try {
      return readTableExport(table, settings);
    } catch (error) {
      if (!isOitError(error) || error.code !== "exportNoHeader") throw error;
    }
  }
  throw new OitError("exportNoHeader", { source: fileName, rows: HEADER_SEARCH_ROWS }, { file: fileName });
}
