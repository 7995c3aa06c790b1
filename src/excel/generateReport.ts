import { layoutReport, reportFromTables, type Report, type ReportOverrides } from "../core/report";
import { readWorkbookTables } from "./readWorkbookTables";
import { writeReport, type WrittenReport } from "./writeReport";

/** The report model and its written sheet (replaced or not, and what Excel refused of its decorations). */
export interface GeneratedReport extends WrittenReport {
  report: Report;
}

/**
 * The pane's one click: read the workbook's tables, build the report in the core, write its
 * sheet. Nothing is written when the workbook's figures are rejected; errors stay OitError.
 */
export async function generateReport(overrides: ReportOverrides = {}): Promise<GeneratedReport> {
  return Excel.run(async (context) => {
    const report = reportFromTables(await readWorkbookTables(context), overrides);
    const written = await writeReport(context, layoutReport(report));
    return { report, ...written };
  });
}
