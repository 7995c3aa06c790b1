import { createContext, useContext } from "react";
import type { Finding } from "../core/checks";
import type { Notice } from "../core/errors";
import type { InvoicePlan } from "../core/invoicing";
import type { MembersAccount } from "../core/account";
import type { ExitSplit } from "../core/exit";
import type { Language } from "../core/messages";
import type { PlanReport } from "../core/plan";
import type { Report, LedgerRowsShown, ReportChoices, ReportRequest } from "../core/report";
import type { CodeString, DraftRuleAdded, ImportPreview, ImportSource, ImportWritten } from "../core/import";
import type { KeyRowInput, KeySetup } from "../core/workbook";
import type { SentCopy } from "../xlsx/freeze";
import type { FunctionDoc } from "./functionDocs";

export type { KeyRowInput, KeySetup } from "../core/workbook";
export type { SentCopy } from "../xlsx/freeze";
export type { LedgerRowsShown, ReportChoices } from "../core/report";
export type { DraftRuleAdded, ImportPreview, ImportSource, ImportWritten, UnmappedCodeString } from "../core/import";

/**
 * Everything the pane asks of the workbook. Components know only this interface: the add-in
 * gives them the Office.js implementation (excelHost), tests give them fakes.
 */
export interface PaneHost {
  /** null when the workbook has no Fördelningsnycklar table yet. */
  readKeySetup(): Promise<KeySetup | null>;
  createSettingsSheet(): Promise<void>;
  /** The Andel cells get the key's percent decimals (Nyckelns decimaler). */
  saveKeyYear(year: number, rows: KeyRowInput[], percentDecimals: number): Promise<void>;
  reportChoices(): Promise<ReportChoices>;
  /** `skipped`: what Excel refused of the sheet's print settings and chart once its figures were written. */
  writeReport(request: ReportRequest): Promise<{ report: Report; sheetName: string; skipped: Notice[] }>;
  writeInvoices(year?: number): Promise<{ plan: InvoicePlan; sheetName: string; skipped: Notice[] }>;
  /** The members' account for the settings' year, written as the sheet Avräkning YYYY. */
  writeAccount(): Promise<{ value: MembersAccount; sheetName: string; skipped: Notice[] }>;
  /** The parties that can leave the cooperation (every party but the host). */
  exitCandidates(): Promise<string[]>;
  /** The exit of `party`, written as the sheet Avveckling YYYY with its chart. */
  writeExit(party: string): Promise<{ value: ExitSplit; sheetName: string; skipped: Notice[] }>;
  /** The budget and plan from Budgetplan (and Prioriteringar), written as the sheet Budget och plan YYYY–YYYY. */
  writePlan(): Promise<{ value: PlanReport; sheetName: string; skipped: Notice[] }>;
  /** Lås prognos: the current lines' forecasts appended to Prognoshistorik as the version `label`. */
  lockForecast(label: string): Promise<{ version: string; rows: number }>;
  /** Every check of the workbook; given a ledger table, that ledger's rows instead of every ledger's. */
  runChecks(ledgerTable?: string): Promise<Finding[]>;
  selectCell(address: string): Promise<void>;
  /** `formula` written as `language` writes formulas; it is inserted as the user's Excel writes them. */
  insertFormula(formula: string, language: Language): Promise<void>;
  /** False where this Excel cannot run custom functions (CustomFunctionsRuntime 1.3 missing). */
  canRunFunctions(): boolean;
  functionDocs(language: Language): Promise<FunctionDoc[]>;
  /** "Skicka en kopia": the workbook's file with every OIT formula frozen to its value, opened as a new workbook. */
  sendCopy(): Promise<SentCopy>;
  /** Tables of the workbook an export can be read from. */
  importTables(): Promise<string[]>;
  /** The export read and mapped by the workbook's rules as they are now; nothing written. */
  previewImport(source: ImportSource): Promise<ImportPreview>;
  /** A draft rule for an unmapped code string at the end of Mappning (the table made when missing). */
  addDraftRule(codes: CodeString): Promise<DraftRuleAdded>;
  /** The export mapped again and written as the table Underlag on the add-in's own sheet. */
  writeImportedLedger(source: ImportSource): Promise<ImportWritten>;
  /** Underlag filtered to the ledger rows behind the report line the user selected. */
  showLedgerRowsOfSelection(): Promise<LedgerRowsShown>;
  showAllLedgerRows(): Promise<void>;
}

const HostContext = createContext<PaneHost | null>(null);

export const HostProvider = HostContext.Provider;

export function useHost(): PaneHost {
  const host = useContext(HostContext);
  if (!host) throw new Error("The task pane was rendered without a PaneHost.");
  return host;
}
