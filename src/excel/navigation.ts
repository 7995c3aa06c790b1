import { ledgerCandidates } from "../core/checks";
import type { Language } from "../core/messages";
import { exampleSeparators, separatorsOf, withSeparators } from "./formulaSeparators";
import { splitAddress, type TableData, defaultSettings, SETTINGS_TABLE, findOptionalTable } from "../core/workbook";
import type { ReportChoices } from "../core/report";
import { readableSettings } from "./readableSettings";
import { readWorkbook } from "./readWorkbook";
import { HISTORY_TABLE, versionLabels } from "../core/plan";

/** Resolves when Office.js has loaded (at once outside Office, so the pane still renders in a browser). */
export async function officeReady(): Promise<void> {
  if (typeof Office !== "undefined") await Office.onReady();
}

/** Shows the user a cell the pane talks about: its sheet activated and the cell selected. */
export async function selectAddress(address: string): Promise<void> {
  const { sheet, cell } = splitAddress(address);
  await Excel.run(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    worksheet.activate();
    worksheet.getRange(cell).select();
    await context.sync();
  });
}

/**
 * Puts an example formula, written as `language` writes formulas, into the active cell. It is
 * written as the user would type it in their own Excel (formulasLocal): the function names of the
 * display language, the separators of Excel's regional settings, which may differ from the
 * language's (English Excel with Swedish settings wants ";").
 */
export async function insertFormula(formula: string, language: Language): Promise<void> {
  await Excel.run(async (context) => {
    const application = context.workbook.application.load("decimalSeparator");
    // cultureInfo (ExcelApi 1.11): the system's separators; without it Excel's decimal separator decides alone.
    const culture = Office.context.requirements.isSetSupported("ExcelApi", "1.11") ? application.cultureInfo.numberFormat.load("numberDecimalSeparator") : undefined;
    await context.sync();
    const regional = { excel: application.decimalSeparator, system: culture?.numberDecimalSeparator };
    const local = withSeparators(formula, exampleSeparators[language], separatorsOf(regional));
    context.workbook.getActiveCell().formulasLocal = [[local]];
    await context.sync();
  });
}

/**
 * Whether this Excel can run the add-in's functions: they need CustomFunctionsRuntime 1.3, which
 * volume-licensed Office 2021 and older lack although they run the pane. True outside Office.
 */
export function canRunFunctions(): boolean {
  return typeof Office === "undefined" || Office.context.requirements.isSetSupported("CustomFunctionsRuntime", "1.3");
}

/** What the report view offers, with the workbook's settings preselected when they can be read. */
export function reportChoicesOf(tables: readonly TableData[]): ReportChoices {
  const ledgerTables = ledgerCandidates(tables).map((table) => table.name);
  const versions = versionLabels(findOptionalTable(tables, HISTORY_TABLE));
  const settings = readableSettings(tables);
  // Incomplete settings: the user chooses, and writing the report names what is missing.
  if (!settings) return { ledgerTables, versions, unit: defaultSettings.reportUnit, rounding: defaultSettings.rounding };
  return {
    ledgerTables,
    versions,
    year: settings.year,
    month: settings.throughMonth,
    unit: settings.reportUnit,
    rounding: settings.rounding,
  };
}

export async function reportChoices(): Promise<ReportChoices> {
  // The ledgers are recognised by their headers alone: only the settings' and the history's rows are read.
  return Excel.run(async (context) =>
    reportChoicesOf((await readWorkbook(context, { names: [SETTINGS_TABLE, HISTORY_TABLE] })).tables)
  );
}
