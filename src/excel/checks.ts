import { accountTables } from "../core/account";
import { checkWorkbook, layoutExtent, layoutMismatch, type Finding, isLedgerShaped } from "../core/checks";
import { type CalendarDate, cellAddress, columnLetters, sameName, type TableData } from "../core/workbook";
import { PLAN_TABLES, SEALS_TABLE } from "../core/plan";
import { layoutReport, reportFromTables, type SheetLayout, reportTables } from "../core/report";
import { readWorkbook, type SheetFacts } from "./readWorkbook";
import { excelError } from "./messages";

/** The report the workbook would give now; null when it cannot be made (the other findings say why). */
function currentLayout(tables: readonly TableData[], ledgerTable?: string): SheetLayout | null {
  try {
    return layoutReport(reportFromTables(tables, { ledgerTable }));
  } catch {
    return null;
  }
}

async function reportAgeFinding(
  context: Excel.RequestContext,
  layout: SheetLayout,
  sheets: readonly SheetFacts[]
): Promise<Finding | null> {
  const sheet = sheets.find((facts) => sameName(facts.name, layout.sheetName))?.sheet;
  if (!sheet) {
    return {
      severity: "info",
      problem: excelError("reportMissing", { sheet: layout.sheetName }),
    };
  }
  const extent = layoutExtent(layout);
  const range = sheet.getRangeByIndexes(0, 0, extent.rows, extent.columns).load("values");
  await context.sync();
  const mismatch = layoutMismatch(layout, range.values);
  if (!mismatch) return null;
  const cell = `${columnLetters(mismatch.column)}${mismatch.row + 1}`;
  const where = {
    sheet: layout.sheetName,
    address: cellAddress(layout.sheetName, cell),
  };
  return {
    severity: "warning",
    problem: excelError("reportStale", { sheet: layout.sheetName, cell }, where),
  };
}

/** Today in the user's time zone: the day the re-invoicing check compares the due dates with. */
function today(): CalendarDate {
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

/** The Kontroll view's checks: the pure workbook checks, and whether the period's report sheet is current. */
export async function runWorkbookChecks(ledgerTable?: string): Promise<Finding[]> {
  return Excel.run(async (context) => {
    const { tables, sheets } = await readWorkbook(context, {
      names: [...reportTables(ledgerTable), ...accountTables(ledgerTable), ...PLAN_TABLES, SEALS_TABLE],
      // Without a chosen ledger, every table shaped like one is checked.
      byHeaders: ledgerTable ? undefined : isLedgerShaped,
    });
    const findings = checkWorkbook(tables, ledgerTable, today());
    const layout = currentLayout(tables, ledgerTable);
    const age = layout && (await reportAgeFinding(context, layout, sheets));
    return age ? [...findings, age] : findings;
  });
}
