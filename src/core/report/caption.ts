import { dec, toNumber, type Dec } from "../decimal";
import { allocate } from "../rules";
import type { Unit } from "../workbook/types";
import { formatAmount, formatPercent, formatSigned } from "./format";
import type { DeviationSplit } from "./types";

export const SETTLEMENT_SENTENCE = "Avvikelsen debiteras/krediteras respektive kommun efter bokslutet.";

/**
 * The shared part's forecast deviation AS DISPLAYED, split by the key with the largest-remainder rule, so the
 * parts add up to the figure the reader sees in the table.
 */
export function deviationSplit(displayed: number, parties: readonly string[], shares: readonly Dec[]): DeviationSplit {
  const amounts = allocate(dec(displayed), shares, 0);
  return { basis: "forecast", amount: displayed, parts: parties.map((party, i) => ({ party, amount: toNumber(amounts[i]) })) };
}

/** "Borgholm 44,7 % 89 tkr, Mörbylånga 55,3 % 111 tkr" */
export function splitText(split: DeviationSplit, shares: readonly Dec[], unit: Unit, keyDecimals: number): string {
  return split.parts.map((part, i) => `${part.party} ${formatPercent(shares[i], keyDecimals)} ${formatAmount(part.amount)} ${unit}`).join(", ");
}

/** The caption under the shared table: the key and what each party is charged or credited at year end. */
export function sharedCaption(split: DeviationSplit, shares: readonly Dec[], unit: Unit, keyDecimals: number): string {
  return `Prognostiserad avvikelse ${formatSigned(split.amount)} ${unit}: ${splitText(split, shares, unit, keyDecimals)}. ${SETTLEMENT_SENTENCE}`;
}

/** Said under a table whose figures could not all be kept within 1 unit of exact while adding up. */
export function roundingNote(unit: Unit): string {
  return `Summorna stämmer, men några belopp avviker med mer än 1 ${unit} (mindre än 2 ${unit}) från de exakta beloppen: ingen avrundning inom 1 ${unit} får alla tabellerna att summera.`;
}
