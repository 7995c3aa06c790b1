import fc from "fast-check";
import { Dec } from "../../../src/core/decimal";
import type { ExactPart } from "../../../src/core/rounding";
import { controlled, type RoundedTable } from "./helpers";
import type { Section } from "../../../src/core/workbook/types";

/*
 * Tiny tables in hundredths, searched exhaustively over every up/down choice of every line
 * figure, in integer arithmetic (nothing shared with the code under test). The objective is
 * the one the rounding documents: first the committee's sum rows as few whole units off as
 * possible, then the least total distance from exact over the part tables' figures and the
 * committee's sum rows.
 */

interface TinyLine {
  section: Section;
  /** [budget, outcome, annualBudget, forecast] in hundredths */
  cents: number[];
}

const HALF_COLUMNS = [
  [0, 1],
  [2, 3],
] as const;

const choicesOf = (cents: number): number[] => (cents % 100 === 0 ? [cents / 100] : [Math.floor(cents / 100), Math.floor(cents / 100) + 1]);
const distance = (shown: number, cents: number): number => Math.abs(shown * 100 - cents);
const unitsOff = (shown: number, cents: number): number => Math.floor(distance(shown, cents) / 100);

/** [budget, outcome, deviation] of Summa intäkter, Summa kostnader, Total from the section sums. */
function sumRows(revenue: number[], cost: number[]): number[] {
  const total = [revenue[0] + cost[0], revenue[1] + cost[1]];
  return [revenue, cost, total].flatMap(([b, o]) => [b, o, b - o]);
}

function exactSumRows(lines: [Section, number, number][]): number[] {
  const of = (section: Section) =>
    lines.filter(([s]) => s === section).reduce(([b, o], [, lb, lo]) => [b + lb, o + lo], [0, 0]);
  return sumRows(of("revenue"), of("cost"));
}

interface Option {
  sums: number[]; // displayed [b_rev, o_rev, b_cost, o_cost]
  distance: number;
}

/** Every rounding of one part's half with all its figures within 1: its section sums and distance. */
function partOptions(lines: [Section, number, number][]): Option[] {
  const exactSums = exactSumRows(lines);
  const options: Option[] = [];
  const walk = (i: number, shown: [Section, number, number][], lineDistance: number): void => {
    if (i === lines.length) {
      const shownSums = exactSumRows(shown.map(([s, b, o]) => [s, b * 100, o * 100])).map((v) => v / 100);
      if (shownSums.some((v, k) => unitsOff(v, exactSums[k]) > 0)) return;
      const sums = [shownSums[0], shownSums[1], shownSums[3], shownSums[4]];
      options.push({ sums, distance: lineDistance + shownSums.reduce((t, v, k) => t + distance(v, exactSums[k]), 0) });
      return;
    }
    const [section, b, o] = lines[i];
    for (const sb of choicesOf(b))
      for (const so of choicesOf(o)) {
        if (unitsOff(sb - so, b - o) > 0) continue;
        walk(i + 1, [...shown, [section, sb, so]], lineDistance + distance(sb, b) + distance(so, o) + distance(sb - so, b - o));
      }
  };
  walk(0, [], 0);
  return options;
}

/** The best (units off, distance) over all combinations of the parts' options, for one half. */
function bestHalf(parts: [Section, number, number][][]): { units: number; distance: number } {
  const exact = exactSumRows(parts.flat());
  const options = parts.map(partOptions);
  let best = { units: Infinity, distance: Infinity };
  const walk = (p: number, sums: number[], total: number): void => {
    if (p === options.length) {
      const shown = sumRows([sums[0], sums[1]], [sums[2], sums[3]]);
      const units = Math.max(...shown.map((v, k) => unitsOff(v, exact[k])));
      const d = total + shown.reduce((t, v, k) => t + distance(v, exact[k]), 0);
      if (units < best.units || (units === best.units && d < best.distance)) best = { units, distance: d };
      return;
    }
    for (const option of options[p]) walk(p + 1, sums.map((v, k) => v + option.sums[k]), total + option.distance);
  };
  walk(0, [0, 0, 0, 0], 0);
  return best;
}

/** The same measures of the rounding under test, for one half (column offset 0 or 3). */
function measuredHalf(parts: TinyLine[][], tables: RoundedTable[], committee: RoundedTable, half: 0 | 1) {
  const [cb, co] = HALF_COLUMNS[half];
  const column = 3 * half;
  let total = 0;
  parts.forEach((lines, p) => {
    const exactRows = [
      ...lines.map((l) => [l.cents[cb], l.cents[co], l.cents[cb] - l.cents[co]]),
      ...[0, 1, 2].map((k) => exactSumRows(lines.map((l) => [l.section, l.cents[cb], l.cents[co]])).slice(3 * k, 3 * k + 3)),
    ];
    const shownRows = [...tables[p].lines, tables[p].revenue, tables[p].cost, tables[p].total].map((row) => row.map(Number));
    exactRows.forEach((row, r) => row.forEach((cents, k) => (total += distance(shownRows[r][column + k], cents))));
  });
  const exact = exactSumRows(parts.flat().map((l) => [l.section, l.cents[cb], l.cents[co]]));
  const shown = [committee.revenue, committee.cost, committee.total].flatMap((row) => row.slice(column, column + 3).map(Number));
  return {
    units: Math.max(...shown.map((v, k) => unitsOff(v, exact[k]))),
    distance: total + shown.reduce((t, v, k) => t + distance(v, exact[k]), 0),
  };
}

const tinyLine = fc.record({
  section: fc.constantFrom<Section>("revenue", "cost"),
  cents: fc.array(fc.integer({ min: -400, max: 400 }), { minLength: 4, maxLength: 4 }),
});
const tinyParts = fc.array(fc.array(tinyLine, { maxLength: 2 }), { minLength: 1, maxLength: 3 });

const toExact = (parts: TinyLine[][]): ExactPart[] =>
  parts.map((lines) => ({
    lines: lines.map(({ section, cents }) => {
      const [budget, outcome, annualBudget, forecast] = cents.map((c) => new Dec(c).div(100));
      return { section, figures: { budget, outcome, annualBudget, forecast } };
    }),
  }));

describe("roundControlled against exhaustive search on tiny tables", () => {
  it("misses a within-1 committee only when none exists, and is otherwise as near as the best", () => {
    fc.assert(
      fc.property(tinyParts, (parts) => {
        const report = controlled(toExact(parts));
        const halves = ([0, 1] as const).map((half) => ({
          best: bestHalf(parts.map((lines) => lines.map((l) => [l.section, l.cents[HALF_COLUMNS[half][0]], l.cents[HALF_COLUMNS[half][1]]]))),
          measured: measuredHalf(parts, report.parts, report.committee, half),
        }));
        expect(halves.map((h) => h.measured)).toEqual(halves.map((h) => h.best));
        expect(report.committee.withinOne).toBe(halves.every((h) => h.best.units === 0));
      }),
      { numRuns: 400 }
    );
  });
});
