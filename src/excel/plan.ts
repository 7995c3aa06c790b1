import { HISTORY_HEADERS, HISTORY_SHEET, HISTORY_TABLE, historyFormat, historyRows, inHeaderOrder, layoutPlan, lockForecast as lockVersion, planFromTables, PLAN_TABLES, SEALS_HEADERS, SEALS_TABLE, type PlanReport } from "../core/plan";
import { chooseReportSheet } from "../core/report";
import { sameName, type TableData, yearInputTables } from "../core/workbook";
import { writeSheet, type Written } from "./writeSheet";
import { readWorkbook } from "./readWorkbook";
import { textSafeFormats } from "./textFormat";

/** The budget and plan as the sheet Budget och plan YYYY–YYYY: the add-in's own sheet, replaced on a rerun. */
export function writePlan(): Promise<Written<PlanReport>> {
  return writeSheet(PLAN_TABLES, (tables) => planFromTables(tables), layoutPlan);
}

type Cell = string | number;

/** Where a table the lock creates goes: a sheet and the 0-based cell of its header's first column. */
interface Place {
  sheet: () => Excel.Worksheet;
  row: number;
  column: number;
}

/**
 * Appends rows under an existing table (its body grows, nothing above is written), or creates the table with its
 * header at `place` when the workbook has none.
 */
function appendRows(context: Excel.RequestContext, existing: TableData | undefined, name: string, contract: readonly string[], rows: Cell[][], place: Place): void {
  const formats = (headers: readonly string[], values: Cell[][]) =>
    textSafeFormats(values, (_value, column) => historyFormat(headers[column]) ?? null);
  if (!existing) {
    const values = [[...contract], ...rows];
    const range = place.sheet().getRangeByIndexes(place.row, place.column, values.length, contract.length);
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
    const history = find(HISTORY_TABLE);
    let created: Excel.Worksheet | undefined;
    // A new history gets a sheet of its own: beside a sheet of the user's named Prognoshistorik, "Prognoshistorik (2)".
    const newSheet = () => (created ??= context.workbook.worksheets.add(chooseReportSheet(HISTORY_SHEET, sheets.map((sheet) => ({ name: sheet.name, marked: false }))).name));
    appendRows(context, history, HISTORY_TABLE, HISTORY_HEADERS, historyRows(lock.locked), { sheet: newSheet, row: 0, column: 0 });
    const seal = lock.seals[lock.seals.length - 1];
    // The seals, when missing, go beside the history, one blank column between (as the command line places them).
    const beside: Place = history
      ? { sheet: () => context.workbook.worksheets.getItem(history.sheet), row: (history.origin?.row ?? 1) - 1, column: (history.origin?.column ?? 0) + history.headers.length + 1 }
      : { sheet: newSheet, row: 0, column: HISTORY_HEADERS.length + 1 };
    appendRows(context, find(SEALS_TABLE), SEALS_TABLE, SEALS_HEADERS, [[seal.label, seal.fingerprint]], beside);
    await context.sync();
    return { version: lock.locked.label, rows: lock.locked.lines.length };
  });
}
