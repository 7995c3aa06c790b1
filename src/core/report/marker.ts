/** Worksheet-scoped defined name that marks a report sheet as the add-in's, so a rerun replaces only its own sheet. */
export const REPORT_MARKER_NAME = "OIT_Rapport";

/**
 * Worksheet-scoped defined name that marks the sheet holding the imported ledger (the table
 * Underlag) as the add-in's, so a re-import replaces only that sheet, never a user's Underlag.
 */
export const LEDGER_MARKER_NAME = "OIT_Underlag";
