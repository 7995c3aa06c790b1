import { layoutReport, reportFromTables, reportTables, type Report, type ReportRequest } from "../core/report";
import { readWorkbook } from "./readWorkbook";
import { writeReport, type WrittenReport } from "./writeReport";

/** The report model and its written sheet (replaced or not, and what Excel refused of its decorations). */
export interface GeneratedReport extends WrittenReport {
  report: Report;
}

/**
 * The pane's one click: read the tables the report needs, build the report in the core, write its
 * sheet. Nothing is written when the workbook's figures are rejected; errors stay OitError.
 */
export async function generateReport(request: ReportRequest = {}): Promise<GeneratedReport> {
  return Excel.run(async (context) => {
    const { tables, sheets } = await readWorkbook(context, { names: reportTables(request.ledgerTable) });
    const report = reportFromTables(tables, request);
    const written = await writeReport(context, layoutReport(report), sheets);
    return { report, ...written };
  });
}
