import { runWorkbookChecks } from "../excel/checks";
import { generateReport } from "../excel/generateReport";
import { writeInvoices } from "../excel/invoices";
import { exitCandidates, writeAccount, writeExit } from "../excel/account";
import { lockForecast, writePlan } from "../excel/plan";
import { importTables, previewImport, writeImportedLedger } from "../excel/imports";
import { showAllLedgerRows, showLedgerRowsOfSelection } from "../excel/ledgerFilter";
import { addDraftRule } from "../excel/mappingRules";
import { createSettingsSheet, readKeySetup, saveKeyYear } from "../excel/keys";
import { canRunFunctions, insertFormula, reportChoices, selectAddress } from "../excel/navigation";
import { sendCopy } from "../excel/sendCopy";
import { loadFunctionDocs } from "./functionDocs";
import type { PaneHost } from "./host";

/** The pane's host in Excel: every call goes through src/excel, the only code that speaks Office.js. */
export const excelHost: PaneHost = {
  readKeySetup,
  createSettingsSheet: () => createSettingsSheet(),
  saveKeyYear,
  reportChoices,
  writeReport: (options) => generateReport(options),
  writeInvoices,
  writeAccount,
  exitCandidates,
  writeExit,
  writePlan,
  lockForecast,
  runChecks: runWorkbookChecks,
  selectCell: selectAddress,
  insertFormula,
  canRunFunctions,
  functionDocs: loadFunctionDocs,
  sendCopy,
  importTables,
  previewImport,
  addDraftRule,
  writeImportedLedger,
  showLedgerRowsOfSelection,
  showAllLedgerRows,
};
