import { HISTORY_HEADERS, HISTORY_SHEET, HISTORY_TABLE, historyRows, layoutPlan, lockForecast as lockVersion, planFromTables, PLAN_TABLES, SEALS_HEADERS, SEALS_TABLE, type PlanReport } from "../core/plan";
import { sameName } from "../core/workbook";
import type { TableData } from "../core/workbook/types";
import { yearInputTables } from "../core/workbook/yearInputs";
import { writeSheet, type Written } from "./writeSheet";
import { readWorkbook } from "./readWorkbook";
import { textSafeFormats } from "./textFormat";

/** The budget and plan as the sheet Budget och plan YYYY–YYYY: the add-in's own sheet, replaced on a rerun. */
export function writePlan(): Promise<Written<PlanReport>> {
  return writeSheet(PLAN_TABLES, (tables) => planFromTables(tables), layoutPlan);
}

type Cell = string | number;

/** Per column of the table's headers, the number format of the history's columns (Låst a date, amounts with öre). */
const historyFormats: Record<string, string> = { Låst: "yyyy-mm-dd", Årsprognos: "#,##0.00;-#,##0.00", Utfall: "#,##0.00;-#,##0.00" };

/** The rows in the order of the table's own headers (the contract's columns by name; any other column blank). */
function inHeaderOrder(headers: readonly string[], contract: readonly string[], rows: readonly Cell[][]): Cell[][] {
  const at = headers.map((header) => contract.findIndex((name) => sameName(name, header)));
  return rows.map((row) => at.map((i) => (i < 0 ? "" : row[i])));
}

/**
 * Appends rows under an existing table of the add-in's (its body grows, nothing above is written), or creates the
 * table with its header on the history sheet at `column` when the workbook has none.
 */
function appendRows(context: Excel.RequestContext, existing: TableData | undefined, name: string, contract: readonly string[], rows: Cell[][], column: number, sheet: () => Excel.Worksheet): void {
  const formats = (headers: readonly string[], values: Cell[][]) =>
    textSafeFormats(values, (_value, column) => historyFormats[headers[column]] ?? null);
  if (!existing) {
    const values = [[...contract], ...rows];
    const range = sheet().getRangeByIndexes(0, column, values.length, contract.length);
    range.numberFormat = formats(contract, values);
    range.values = values;
    context.workbook.tables.add(range, true).name = name;
    return;
  }
  const table = context.workbook.tables.getItem(name);
  const values = inHeaderOrder(existing.headers, contract, rows);
  const origin = existing.origin ?? { row: 1, column: 0 };
  const top = origin.row + existing.rows.length;
  const target = table.worksheet.getRangeByIndexes(top, origin.column, values.length, existing.headers.length);
  table.resize(table.worksheet.getRangeByIndexes(origin.row - 1, origin.column, existing.rows.length + values.length + 1, existing.headers.length));
  target.numberFormat = formats(existing.headers, values);
  target.values = values;
}

/**
 * Lås prognos (workbook.md "Locked forecasts"): the lines' forecasts now appended to Prognoshistorik as the version
 * `label`, and its checksum to Prognoslås, in one sync after one read; a label in use is refused before anything
 * is written. Rows already there are never written: only the new version's rows, below them.
 */
export async function lockForecast(label: string): Promise<{ version: string; rows: number }> {
  return Excel.run(async (context) => {
    const { tables, sheets } = await readWorkbook(context, { names: [...yearInputTables(), HISTORY_TABLE, SEALS_TABLE] });
    const now = new Date();
    const lock = lockVersion(tables, { label, today: { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() } });
    const find = (name: string) => tables.find((table) => sameName(table.name, name));
    let created: Excel.Worksheet | undefined;
    const historySheet = () => {
      if (!created) created = sheets.some((sheet) => sheet.name === HISTORY_SHEET) ? context.workbook.worksheets.getItem(HISTORY_SHEET) : context.workbook.worksheets.add(HISTORY_SHEET);
      return created;
    };
    appendRows(context, find(HISTORY_TABLE), HISTORY_TABLE, HISTORY_HEADERS, historyRows(lock.locked), 0, historySheet);
    const seal = lock.seals[lock.seals.length - 1];
    appendRows(context, find(SEALS_TABLE), SEALS_TABLE, SEALS_HEADERS, [[seal.label, seal.fingerprint]], HISTORY_HEADERS.length + 1, historySheet);
    await context.sync();
    return { version: lock.locked.label, rows: lock.locked.lines.length };
  });
}
