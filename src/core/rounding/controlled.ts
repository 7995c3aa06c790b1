import { committeeOf, exactReport, plusNumber } from "./table";
import { chooseForCommittee } from "./committee";
import { halfOf, HALVES, plusPair, sumsOf, withDeviation, type HalfExact } from "./half";
import { partRoundings, type PartRounding } from "./part";
import type { Pair } from "./section";
import type { ExactPart, RoundedReport, Table } from "./types";
import { validateParts } from "./validate";
import { withinOne } from "./withinOne";

/** The part's lines back in input order, with its sum rows, for one half. */
function pairsOf(half: HalfExact, rounding: PartRounding): { lines: Pair[]; sums: Pair[] } {
  const next = { revenue: 0, cost: 0 };
  const lines = half.sections.map((section) => rounding[section].lines[next[section]++]);
  const revenue = rounding.revenue.sum;
  const cost = rounding.cost.sum;
  return { lines, sums: [revenue, cost, plusPair(revenue, cost)] };
}

/** [budget, outcome, budget − outcome, annualBudget, forecast, annualBudget − forecast] */
function row(period: Pair, year: Pair): number[] {
  return [period, year].flatMap(withDeviation);
}

function tableOf(period: { lines: Pair[]; sums: Pair[] }, year: { lines: Pair[]; sums: Pair[] }): Table<number> {
  const [revenue, cost, total] = period.sums.map((sum, i) => row(sum, year.sums[i]));
  return { lines: period.lines.map((line, i) => row(line, year.lines[i])), revenue, cost, total };
}

/**
 * Controlled rounding (domain.md section 7): every displayed figure of every part table is
 * its exact value rounded down or up, and all tables add up on the displayed figures —
 * sum rows, Total, every Avvikelse, and the committee as the parts' sum. The committee's
 * figures are kept within 1 unit whenever such a rounding exists (withinOne says so).
 */
export function roundControlled(parts: readonly ExactPart[]): RoundedReport {
  validateParts(parts);
  const exact = exactReport(parts);
  const [period, year] = HALVES.map((half) => {
    const halves = parts.map((part, p) => halfOf(exact.parts[p], part, half));
    const picks = chooseForCommittee(halves.map(partRoundings), sumsOf(exact.committee, half));
    return halves.map((h, p) => pairsOf(h, picks[p]));
  });
  const tables = parts.map((_, p) => tableOf(period[p], year[p]));
  const committee = committeeOf(tables, 0, plusNumber);
  return {
    parts: tables.map((table, p) => ({ ...table, withinOne: withinOne(table, exact.parts[p]) })),
    committee: { ...committee, withinOne: withinOne(committee, exact.committee) },
    exact,
  };
}
