import { dec, toNumber, type Dec } from "../decimal";
import type { Figures } from "../rounding";
import type { Cause, Unit } from "../workbook/types";
import { SETTLEMENT_SENTENCE, splitText } from "./caption";
import { formatAmount, formatSigned, listed } from "./format";
import type { DeviationSplit, Narrative } from "./types";

/** What the analysis is written from: the report's displayed figures, by column id. */
export interface NarrativeFigures {
  year: number;
  periodLabel: string;
  unit: Unit;
  /** The committee's Total. */
  total: Figures<number>;
  deviationSplit: DeviationSplit;
  /** Every line of the shared and own tables as they show it, an own line named "Rad (Part)" as in the committee's table. */
  lines: readonly { label: string; annualDeviation: number }[];
}

function verdict(deviation: number): string {
  if (deviation === 0) return "";
  return deviation > 0 ? " (överskott)" : " (underskott)";
}

function periodParagraph({ total, unit: u, periodLabel, year }: NarrativeFigures): string {
  return `IT-nämnden redovisar en avvikelse på ${formatSigned(total.deviation)} ${u} för perioden ${periodLabel} ${year}${verdict(total.deviation)}: nettokostnaden enligt budget är ${formatAmount(total.budget)} ${u} och utfallet ${formatAmount(total.outcome)} ${u}.`;
}

function forecastParagraph({ total, unit }: NarrativeFigures): string {
  return `Prognosen för helåret är ${formatAmount(total.forecast)} ${unit} mot en årsbudget på ${formatAmount(total.annualBudget)} ${unit}, en avvikelse på ${formatSigned(total.annualDeviation)} ${unit}${verdict(total.annualDeviation)}.`;
}

function sharedParagraph({ deviationSplit: split, unit }: NarrativeFigures, shares: readonly Dec[], keyDecimals: number): string {
  return `Den gemensamma delens prognostiserade avvikelse, ${formatSigned(split.amount)} ${unit}, fördelas enligt fördelningsnyckeln: ${splitText(split, shares, unit, keyDecimals)}. ${SETTLEMENT_SENTENCE}`;
}

/** The three lines whose forecast deviation is largest in size (the first shown on ties). */
function largestParagraph({ lines, unit }: NarrativeFigures): string[] {
  const largest = lines
    .filter((line) => line.annualDeviation !== 0)
    .sort((a, b) => Math.abs(b.annualDeviation) - Math.abs(a.annualDeviation))
    .slice(0, 3)
    .map((line) => `${line.label} (${formatSigned(line.annualDeviation)} ${unit})`);
  return largest.length === 0 ? [] : [`De största avvikelserna mot årsbudget finns på ${listed(largest)}.`];
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
export function writeNarrative(figures: NarrativeFigures, shares: readonly Dec[], keyDecimals: number, causes: readonly Cause[], forecastChange: readonly string[] = []): Narrative {
  const paragraphs = [periodParagraph(figures), forecastParagraph(figures), sharedParagraph(figures, shares, keyDecimals), ...largestParagraph(figures), ...forecastChange];
  if (causes.length === 0) return { paragraphs };
  const reconciliation = causesOf(figures.total.annualDeviation, causes);
  return { paragraphs: [...paragraphs, causesParagraph(reconciliation, figures.unit)], causes: reconciliation };
}
