import type { PaneHost } from "../../src/taskpane/host";

/** A PaneHost whose every call fails unless a test gives it an answer: states the browser test does not reach. */
export function stubHost(overrides: Partial<PaneHost> = {}): PaneHost & { calls: string[] } {
  const calls: string[] = [];
  const unexpected = (name: string) => () => {
    calls.push(name);
    return Promise.reject(new Error(`unexpected call ${name}`));
  };
  const base: PaneHost = {
    readKeySetup: unexpected("readKeySetup"),
    createSettingsSheet: unexpected("createSettingsSheet"),
    saveKeyYear: unexpected("saveKeyYear"),
    reportChoices: unexpected("reportChoices"),
    writeReport: unexpected("writeReport"),
    writeInvoices: unexpected("writeInvoices"),
    writeAccount: unexpected("writeAccount"),
    exitCandidates: unexpected("exitCandidates"),
    writeExit: unexpected("writeExit"),
    writePlan: unexpected("writePlan"),
    lockForecast: unexpected("lockForecast"),
    runChecks: unexpected("runChecks"),
    selectCell: unexpected("selectCell"),
    insertFormula: unexpected("insertFormula"),
    functionDocs: unexpected("functionDocs"),
    sendCopy: unexpected("sendCopy"),
    // A question, not an action: every Excel the tests stand for runs the functions unless told otherwise.
    canRunFunctions: () => true,
    importTables: unexpected("importTables"),
    previewImport: unexpected("previewImport"),
    addDraftRule: unexpected("addDraftRule"),
    writeImportedLedger: unexpected("writeImportedLedger"),
    showLedgerRowsOfSelection: unexpected("showLedgerRowsOfSelection"),
    showAllLedgerRows: unexpected("showAllLedgerRows"),
  };
  const host = { ...base, calls } as PaneHost & { calls: string[] };
  for (const [name, implementation] of Object.entries(overrides)) {
    (host as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
      calls.push(name);
      return (implementation as (...a: unknown[]) => unknown)(...args);
    };
  }
  return host;
}
