/**
 * The import engine (issue 8, workbook.md "Import", domain.md section 9): the financial system's export
 * (CSV/text, an Excel table or sheet, SIE 4) → the economist's Mappning rules → the ledger the report reads,
 * with what was left out and the reconciliation export = mapped + excluded, to the öre.
 *
 * Both hosts use it the same way:
 *   const result = importFromExport(tables, { kind: "file", fileName, bytes });  // or a table, or an .xlsx's tables
 *   result.unmapped / result.reconciliation / result.warnings          // show them
 *   reportFromTables(tables, {}, requireLedger(result));             // the report of the mapped ledger
 *   const underlag = ledgerSheetRows(result);                          // write the table Underlag in one array
 *   const draft = draftMappingRow(mappingHeaders, result.unmapped[0].codes);  // a draft rule for Mappning
 */
export type * from "./types";
export type * from "./preview";
export { importSettingsOf, sieDimensionSettings } from "./settings";
export { exportFormatOf, readExportFile } from "./readExport";
export { readCsvExport } from "./csv";
export { readSieExport } from "./sie/read";
export { readTableExport } from "./table";
export { readMapping, MAPPING_TABLE, MAPPING_HEADERS, EXCLUDED_TAG } from "./mapping/read";
export { mapCodeString } from "./mapping/mapCodeString";
export { readForecasts, applyForecasts, FORECAST_TABLE } from "../workbook/forecasts";
export { importLedger, requireLedger } from "./importLedger";
export { importFromTables } from "./fromTables";
export { importFromExport, type ExportInHand } from "./fromExport";
export { ledgerSheetRows, draftMappingRow } from "./sheetRows";
export { describeCodeString } from "./codeString";
export { importJson, type ImportJson } from "./json";
export { AMOUNT_COLUMNS, CODE_COLUMNS, columnNames } from "./exportColumns";
export { writeSie4, sieLines, type SieContent, type SieVoucher, type SieTransaction, type SieBalance } from "./sie/write";
export { mappingFromRange, mapCodeLists, type CodeLists } from "./mapping/mapColumns";
