import { dec, toNumber } from "../decimal";
import { allocate } from "../rules";
import { formatAmount, formatPercent } from "../report/format";
import type { Unit } from "../workbook/types";
import type { KeyOfColumn } from "./keyYear";

export interface ColumnSplit {
  column: string;
  keyYear: number;
  amount: number;
  parts: { party: string; share: number; amount: number }[];
}

/** A year column's shared net cost as displayed, allocated by that year's key (largest remainder, domain.md 2). */
export function columnSplit(column: { header: string }, displayed: number, key: KeyOfColumn): ColumnSplit {
  const amounts = allocate(dec(displayed), key.shares, 0);
  return {
    column: column.header,
    keyYear: key.keyYear,
    amount: displayed,
    parts: key.parties.map((party, i) => ({ party, share: toNumber(key.shares[i]), amount: toNumber(amounts[i]) })),
  };
}

/**
 * "Budget 2025: gemensam nettokostnad 20 221 tkr, Borgholm 45,6 % 9 221 tkr, …", and for a year without a decided
 * key of its own, the words that say whose key it is.
 */
export function splitSentence(split: ColumnSplit, year: number, unit: Unit, keyDecimals: number): string {
  const parts = split.parts.map((part) => `${part.party} ${formatPercent(part.share, keyDecimals)} ${formatAmount(part.amount)} ${unit}`).join(", ");
  const borrowed = split.keyYear === year ? "" : ` Ingen nyckel är beslutad för ${year}; fördelningen följer den senast beslutade nyckeln, den för ${split.keyYear}.`;
  return `${split.column}: gemensam nettokostnad ${formatAmount(split.amount)} ${unit}, ${parts}.${borrowed}`;
}
