/** Worksheet-scoped defined name that marks a report sheet as the add-in's, so a rerun replaces only its own sheet. */
export const REPORT_MARKER_NAME = "OIT_Rapport";
