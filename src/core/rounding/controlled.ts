import type { Column } from "./columns";
import { chooseForCommittee } from "./committee";
import { groupOf, placed, sumRowValues, sumsOf, withDifference, type GroupFigures } from "./group";
import { columnGroups, type ColumnGroup } from "./groups";
import { partRoundings, type PartRounding } from "./part";
import { columnIds, committeeOf, exactReport, keptIds, keptReport, keptWithinOne, plusBig } from "./table";
import type { ExactPart, RoundedReport, Table } from "./types";
import { validateParts } from "./validate";

/** One group of a part's rows, displayed: its lines back in input order, then its three sum rows. */
interface GroupRows {
  lines: bigint[][];
  /** Summa intäkter, Summa kostnader, Total */
  sums: bigint[][];
}

function rowsOf(group: GroupFigures, rounding: PartRounding): GroupRows {
  const next = { revenue: 0, cost: 0 };
  const lines = group.lines.map((line, i) => {
    const [minuend, subtrahend] = rounding[group.sections[i]].lines[next[group.sections[i]]++];
    return withDifference(line.minuend.floor + BigInt(minuend), line.subtrahend.floor + BigInt(subtrahend));
  });
  return { lines, sums: sumRowValues(rounding.shown) };
}

/** A part's table from its groups' rows: every row's figures by column id. */
function tableOf(groups: readonly ColumnGroup[], rows: readonly GroupRows[]): Table<bigint> {
  const row = (pick: (group: GroupRows) => bigint[]) => Object.fromEntries(groups.flatMap((group, g) => placed(group, pick(rows[g]))));
  const lines = (rows[0]?.lines ?? []).map((_, i) => row((group) => group.lines[i]));
  return { lines, revenue: row((group) => group.sums[0]), cost: row((group) => group.sums[1]), total: row((group) => group.sums[2]) };
}

/**
 * Controlled rounding (domain.md section 7) of any declared columns: every displayed figure of every part table
 * is its exact value rounded down or up (a kept one as given), and all tables add up on the displayed figures —
 * sum rows, Total, every declared difference, and the committee as the parts' sum. The committee's figures are
 * kept within 1 unit whenever such a rounding exists (withinOne says so). Figures are exact integers (bigint)
 * whatever their size.
 */
export function roundControlled(columns: readonly Column[], parts: readonly ExactPart[]): RoundedReport {
  validateParts(columns, parts);
  const exact = exactReport(columns, parts);
  const kept = keptReport(columns, parts);
  const groups = columnGroups(columns);
  const rounded = groups.map((group) => {
    const figures = parts.map((part, p) => groupOf(exact.parts[p], kept.parts[p], part, group));
    const choice = chooseForCommittee(figures.map(partRoundings), sumsOf(exact.committee, kept.committee, group));
    return { rows: figures.map((f, p) => rowsOf(f, choice.picks[p])), withinOne: choice.units === 0 };
  });
  const tables = parts.map((_, p) => tableOf(groups, rounded.map((group) => group.rows[p])));
  const committee = committeeOf(columnIds(columns), tables, 0n, plusBig);
  // Every chosen figure is its floor or ceiling by construction (the flows and partRoundings admit nothing
  // else), and the committee's lines are the parts': only its sum rows and kept figures can be further off.
  const within = tables.map((table, p) => keptWithinOne(keptIds(columns), table, exact.parts[p]));
  return {
    parts: tables.map((table, p) => ({ ...table, withinOne: within[p] })),
    committee: { ...committee, withinOne: rounded.every((group) => group.withinOne) && within.every(Boolean) },
    exact,
  };
}
