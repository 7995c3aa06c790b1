import type { Column } from "../rounding";
import type { DeclaredLine } from "./parts";
import type { ReportLine } from "./lines";

/** The ledger's figures a report line carries. */
export type LedgerFigure = "budget" | "outcome" | "annualBudget" | "forecast";

/**
 * The report's six columns (domain.md section 7): the period's budget and outcome and their difference, the
 * year's budget and forecast and theirs. The JSON's and the sheet's column order is this order.
 */
export function reportColumns(period: string): Column<LedgerFigure>[] {
  return [
    { id: "budget", header: `Budget ${period}`, rule: { figure: "budget" } },
    { id: "outcome", header: `Utfall ${period}`, rule: { figure: "outcome" } },
    { id: "deviation", header: "Avvikelse ack.", rule: { difference: ["budget", "outcome"] } },
    { id: "annualBudget", header: "Årsbudget", rule: { figure: "annualBudget" } },
    { id: "forecast", header: "Årsprognos", rule: { figure: "forecast" } },
    { id: "annualDeviation", header: "Avvikelse", rule: { difference: ["annualBudget", "forecast"] } },
  ];
}

/** Where a column of the report stands in each row's figures (the JSON's and the sheet's arrays). */
export function reportColumnIndex(id: string): number {
  return reportColumns("").findIndex((column) => column.id === id);
}

/** A report line as a line of declared columns: its ledger figures by name. */
export function declaredLine(line: ReportLine): DeclaredLine {
  const { label, allocation, section, budget, outcome, annualBudget, forecast } = line;
  return { label, allocation, section, figures: { budget, outcome, annualBudget, forecast } };
}
