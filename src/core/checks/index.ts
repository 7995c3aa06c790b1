/** The checks of a workbook (workbook.md "Checks"): what the hosts call to list every finding with its place. */
export { checkWorkbook } from "./checkWorkbook";
export { layoutExtent, layoutMismatch } from "./layoutMismatch";
export type { Finding, Severity } from "./types";
export { isLedgerShaped, ledgerCandidates } from "./ledgerCandidates";
