import type { Notice } from "../core/errors";
import type { SheetLayout } from "../core/report";
import type { TableData } from "../core/workbook";
import { readWorkbook } from "./readWorkbook";
import { writeReport } from "./writeReport";

export interface Written<T> {
  value: T;
  sheetName: string;
  /** What Excel refused of the sheet's print settings or chart, the figures being complete. */
  skipped: Notice[];
}

/**
 * Reads the tables `names` lists, computes, and writes the result's sheet with the report writer: marked as the
 * add-in's, replacing only its own earlier sheet, the figures all or nothing.
 */
export async function writeSheet<T>(names: string[], compute: (tables: TableData[]) => T, layoutOf: (value: T) => SheetLayout): Promise<Written<T>> {
  return Excel.run(async (context) => {
    const { tables, sheets } = await readWorkbook(context, { names });
    const value = compute(tables);
    const { sheetName, skipped } = await writeReport(context, layoutOf(value), sheets);
    return { value, sheetName, skipped };
  });
}
