import { committeeOf, exactReport, plusBig } from "./table";
import { chooseForCommittee } from "./committee";
import { halfOf, HALVES, sumRowValues, sumsOf, withDeviation, type HalfFigures } from "./half";
import { partRoundings, type PartRounding } from "./part";
import type { ExactPart, RoundedReport, Table } from "./types";
import { validateParts } from "./validate";

/** One half of a part's rows, displayed: its lines back in input order, then its three sum rows. */
interface HalfRows {
  lines: bigint[][];
  sums: bigint[][];
}

function rowsOf(half: HalfFigures, rounding: PartRounding): HalfRows {
  const next = { revenue: 0, cost: 0 };
  const lines = half.lines.map((line, i) => {
    const [budget, outcome] = rounding[half.sections[i]].lines[next[half.sections[i]]++];
    return withDeviation(line.budget.floor + BigInt(budget), line.outcome.floor + BigInt(outcome));
  });
  return { lines, sums: sumRowValues(rounding.shown) };
}

/** [budget, outcome, budget − outcome, annualBudget, forecast, annualBudget − forecast] */
function tableOf(period: HalfRows, year: HalfRows): Table<bigint> {
  const [revenue, cost, total] = period.sums.map((sum, i) => [...sum, ...year.sums[i]]);
  return { lines: period.lines.map((line, i) => [...line, ...year.lines[i]]), revenue, cost, total };
}

/**
 * Controlled rounding (domain.md section 7): every displayed figure of every part table is
 * its exact value rounded down or up, and all tables add up on the displayed figures —
 * sum rows, Total, every Avvikelse, and the committee as the parts' sum. The committee's
 * figures are kept within 1 unit whenever such a rounding exists (withinOne says so).
 * Figures are exact integers (bigint) whatever their size.
 */
export function roundControlled(parts: readonly ExactPart[]): RoundedReport {
  validateParts(parts);
  const exact = exactReport(parts);
  const [period, year] = HALVES.map((half) => {
    const halves = parts.map((part, p) => halfOf(exact.parts[p], part, half));
    const choice = chooseForCommittee(halves.map(partRoundings), sumsOf(exact.committee, half));
    return { rows: halves.map((h, p) => rowsOf(h, choice.picks[p])), withinOne: choice.units === 0 };
  });
  const tables = parts.map((_, p) => tableOf(period.rows[p], year.rows[p]));
  const committee = committeeOf(tables, 0n, plusBig);
  // Every part figure is its floor or ceiling by construction (the flows and partRoundings admit
  // nothing else), and the committee's lines are the parts': only its sum rows can be further off.
  return {
    parts: tables.map((table) => ({ ...table, withinOne: true })),
    committee: { ...committee, withinOne: period.withinOne && year.withinOne },
    exact,
  };
}
