export { buildReport, type ReportInput, type ReportOptions } from "./build";
export { reportFromTables, reportTables, type ReportOverrides } from "./fromTables";
export { layoutReport, AMOUNT_FORMAT } from "./layout";
export { reportSheetName, periodLabel } from "./labels";
export { writeNarrative } from "./narrative";
export { formatAmount, formatSigned, formatPercent } from "./format";
export { REPORT_MARKER_NAME } from "./marker";
export type * from "./types";
export type * from "./layout.types";
