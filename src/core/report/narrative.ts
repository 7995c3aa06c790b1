import { dec, toNumber, type Dec } from "../decimal";
import type { Cause, Unit } from "../workbook/types";
import { SETTLEMENT_SENTENCE, splitText } from "./caption";
import { formatAmount, formatSigned, listed } from "./format";
import { ownLineLabel } from "./labels";
import type { Narrative, Report, ReportRow, ReportTable } from "./types";

/** The Total row of a table: every table has one (rows.ts). */
function totalOf(table: ReportTable): number[] {
  return (table.rows.find((row) => row.kind === "total") as ReportRow).values;
}

function tableOf(report: Report, id: ReportTable["id"]): ReportTable {
  return report.tables.find((table) => table.id === id) as ReportTable;
}

function verdict(deviation: number): string {
  if (deviation === 0) return "";
  return deviation > 0 ? " (överskott)" : " (underskott)";
}

function periodParagraph(total: number[], report: Report): string {
  const u = report.unit;
  return `IT-nämnden redovisar en avvikelse på ${formatSigned(total[2])} ${u} för perioden ${report.periodLabel} ${report.year}${verdict(total[2])}: nettokostnaden enligt budget är ${formatAmount(total[0])} ${u} och utfallet ${formatAmount(total[1])} ${u}.`;
}

function forecastParagraph(total: number[], unit: Unit): string {
  return `Prognosen för helåret är ${formatAmount(total[4])} ${unit} mot en årsbudget på ${formatAmount(total[3])} ${unit}, en avvikelse på ${formatSigned(total[5])} ${unit}${verdict(total[5])}.`;
}

function sharedParagraph(report: Report, shares: readonly Dec[], keyDecimals: number): string {
  const split = report.deviationSplit;
  return `Den gemensamma delens prognostiserade avvikelse, ${formatSigned(split.amount)} ${report.unit}, fördelas enligt fördelningsnyckeln: ${splitText(split, shares, report.unit, keyDecimals)}. ${SETTLEMENT_SENTENCE}`;
}


/** The three lines whose forecast deviation is largest in size, own lines named "Rad (Part)" as in the committee's table. */
function largestParagraph(report: Report): string[] {
  const lines = report.tables
    .filter((table) => table.id === "shared" || table.id.startsWith("own:"))
    .flatMap((table) => table.rows.filter((row) => row.kind === "line" && row.values[5] !== 0).map((row) => ({ row, party: table.id.startsWith("own:") ? table.id.slice(4) : undefined })))
    .sort((a, b) => Math.abs(b.row.values[5]) - Math.abs(a.row.values[5]))
    .slice(0, 3)
    .map(({ row, party }) => `${party ? ownLineLabel(row.label, party) : row.label} (${formatSigned(row.values[5])} ${report.unit})`);
  return lines.length === 0 ? [] : [`De största avvikelserna mot årsbudget finns på ${listed(lines)}.`];
}

/**
 * The causes explain the committee's forecast deviation (Total, Avvikelse = Årsbudget − Årsprognos, as displayed);
 * what they leave over is shown as "Ej förklarad avvikelse", so causes + unexplained = the deviation exactly.
 */
function causesOf(deviation: number, causes: readonly Cause[]): NonNullable<Narrative["causes"]> {
  const explained = causes.reduce((sum, cause) => sum.plus(cause.amount), dec(0));
  return [
    ...causes.map((cause) => ({ label: cause.cause, amount: toNumber(cause.amount), kind: "cause" as const })),
    { label: "Ej förklarad avvikelse", amount: toNumber(dec(deviation).minus(explained)), kind: "unexplained" },
    { label: "Avvikelse mot årsbudget", amount: deviation, kind: "total" },
  ];
}

function causesParagraph(items: NonNullable<Narrative["causes"]>, unit: Unit): string {
  const said = (item: { label: string; amount: number }) => `${item.label} ${formatSigned(item.amount)} ${unit}`;
  const [unexplained, total] = items.slice(-2);
  const causes = items.slice(0, -2).map(said).join(", ");
  return `Avvikelsen mot årsbudget, ${formatSigned(total.amount)} ${unit}, förklaras av: ${causes}. ${said(unexplained)}.`;
}

/**
 * The draft deviation analysis (domain.md section 8), written from the report's displayed figures only, so the
 * text can never disagree with the tables; `forecastChange` says how the forecast moved since a locked version.
 */
export function writeNarrative(report: Report, shares: readonly Dec[], keyDecimals: number, causes: readonly Cause[], forecastChange: readonly string[] = []): Narrative {
  const total = totalOf(tableOf(report, "total"));
  const paragraphs = [periodParagraph(total, report), forecastParagraph(total, report.unit), sharedParagraph(report, shares, keyDecimals), ...largestParagraph(report), ...forecastChange];
  if (causes.length === 0) return { paragraphs };
  const reconciliation = causesOf(total[5], causes);
  return { paragraphs: [...paragraphs, causesParagraph(reconciliation, report.unit)], causes: reconciliation };
}
