import { isOitError, OitError, type Where } from "../errors";
import { findColumn, type ColumnMatch, type ColumnSpec } from "../workbook/columns";
import type { TableData } from "../workbook/types";
import type { AmountColumn, CodeColumn, RecognisedColumn } from "./types";

export type ExportMeaning = CodeColumn | AmountColumn | "accountText";

/** The export's header names of workbook.md, by the meaning the import takes each column for. */
export const exportColumnSpecs: Record<ExportMeaning, ColumnSpec> = {
  account: { name: "Konto", aliases: ["Kontonr", "Konto nr"] },
  accountText: { name: "Kontotext", aliases: ["Kontonamn", "Benämning", "Kontobenämning"] },
  responsibility: { name: "Ansvar", aliases: ["Ansvarsnr", "Kostnadsställe", "Resultatenhet", "KST"] },
  activity: { name: "Verksamhet", aliases: ["Vht"] },
  project: { name: "Projekt" },
  counterparty: { name: "Motpart" },
  annualBudget: { name: "Årsbudget", aliases: ["Budget helår", "Budget år"] },
  budget: { name: "Budget ack", aliases: ["Ack budget", "Periodbudget", "Budget"], period: true },
  outcome: { name: "Utfall", aliases: ["Utfall ack", "Ack utfall"], period: true },
  forecast: { name: "Årsprognos", aliases: ["Prognos", "Prognos helår"] },
};

/** The code columns in the order of a code string (and of the Mappning table). */
export const CODE_COLUMNS: readonly CodeColumn[] = ["account", "responsibility", "activity", "project", "counterparty"];
/** The amount columns in the order of the ledger and of the reconciliation. */
export const AMOUNT_COLUMNS: readonly AmountColumn[] = ["budget", "outcome", "annualBudget", "forecast"];

/** The contract's names of the code and amount columns: those of the Mappning table, Underlag and the JSON. */
export const columnNames: Record<CodeColumn | AmountColumn, string> = {
  account: "Konto",
  responsibility: "Ansvar",
  activity: "Verksamhet",
  project: "Projekt",
  counterparty: "Motpart",
  budget: "Budget",
  outcome: "Utfall",
  annualBudget: "Årsbudget",
  forecast: "Årsprognos",
};

export interface ExportHeader {
  columns: Partial<Record<ExportMeaning, number>>;
  recognised: RecognisedColumn[];
  /** The period a header such as "Utfall jan–aug" states. */
  period?: string;
}

/** findColumn, with two columns of one meaning said in the export's terms (a file has no sheet). */
function uniqueColumn(table: TableData, spec: ColumnSpec, where: Where): ColumnMatch | undefined {
  try {
    return findColumn(table, spec);
  } catch (error) {
    if (!isOitError(error) || error.code !== "ambiguousColumn") throw error;
    throw new OitError("exportAmbiguousColumn", { column: spec.name, found: error.params.found }, where);
  }
}

/**
 * The meaning of each column of a header row, or null when the row is not the export's header (it needs
 * Konto and at least one amount column). Two columns of one meaning are an error naming both.
 */
export function exportHeaderOf(table: TableData, where: Where): ExportHeader | null {
  const find = (spec: ColumnSpec) => uniqueColumn(table, spec, where);
  if (!find(exportColumnSpecs.account) || !AMOUNT_COLUMNS.some((meaning) => find(exportColumnSpecs[meaning]))) return null;
  const header: ExportHeader = { columns: {}, recognised: [] };
  for (const [meaning, spec] of Object.entries(exportColumnSpecs) as [ExportMeaning, ColumnSpec][]) {
    const match = find(spec);
    if (!match) continue;
    header.columns[meaning] = match.index;
    header.recognised.push({ meaning, header: table.headers[match.index], column: match.index + 1 });
    header.period ??= match.period;
  }
  header.recognised.sort((a, b) => (a.column ?? 0) - (b.column ?? 0));
  return header;
}
