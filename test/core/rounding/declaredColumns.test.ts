import fc from "fast-check";
import { Dec } from "../../../src/core/decimal";
import { roundParts } from "../../../src/core/report/declared";
import { inCommitteeOrder, partsOf, type DeclaredLine } from "../../../src/core/report/parts";
import { reportTable } from "../../../src/core/report/rows";
import { roundControlled, roundPerCell, type Column, type ExactPart } from "../../../src/core/rounding";
import type { Section } from "../../../src/core/workbook/types";
import { amount } from "./helpers";
import { expectAdditive, expectControlled } from "./promises";

/* The rounding of declared columns on declarations other than the report's six. */

const year = (y: number): Column => ({ id: `y${y}`, header: `Budget ${y}`, rule: { figure: `y${y}` } });
const YEARS = [year(2027), year(2028), year(2029)];
const CHANGE: Column[] = [
  { id: "locked", header: "Prognos T1", rule: { figure: "locked" } },
  { id: "now", header: "Årsprognos", rule: { figure: "now" } },
  { id: "change", header: "Förändring", rule: { difference: ["now", "locked"] } },
];

const lineOf = (section: Section, figures: Record<string, string>): ExactPart["lines"][number] => ({
  section,
  figures: Object.fromEntries(Object.entries(figures).map(([id, value]) => [id, new Dec(value)])),
});

describe("declared columns other than the report's six", () => {
  it("three year columns and no difference: each column adds up and stays within 1, the committee = its parts", () => {
    // Three thirds in every column: shown one by one they would add up to 0 or 3, not 1.
    const third = { y2027: "0.3333", y2028: "0.6667", y2029: "1.3333" };
    const parts = [{ lines: [lineOf("cost", third), lineOf("cost", third), lineOf("cost", third)] }, { lines: [lineOf("revenue", { y2027: "-0.5", y2028: "2.5", y2029: "0.5" })] }];
    const report = expectControlled(YEARS, parts);
    expect(report.parts[0].cost).toEqual({ y2027: 1n, y2028: 2n, y2029: 4n });
    expect(Object.keys(report.committee.total).sort()).toEqual(["y2027", "y2028", "y2029"]);
  });

  it("a Förändring column is its two columns' difference as displayed, additive and within 1", () => {
    const parts = [{ lines: [lineOf("cost", { locked: "10.4", now: "10.6" }), lineOf("cost", { locked: "0.4", now: "0.6" }), lineOf("revenue", { locked: "-3.5", now: "-2.5" })] }];
    const report = expectControlled(CHANGE, parts);
    // Exactly 0.4 more: shown as 11 − 10 and 1 − 0 each line would be 1, the Total 2 against an exact 0.4.
    expect(report.parts[0].cost.change).toBe(report.parts[0].cost.now - report.parts[0].cost.locked);
    expect(Math.abs(Number(report.parts[0].cost.change) - 0.4)).toBeLessThan(1);
  });

  it("lays the year columns out as the report lays its tables: each row's figures in the declared order", () => {
    const lines: DeclaredLine[] = [
      { label: "Drift", allocation: "Gemensam", section: "cost", figures: { y2027: new Dec("100.4"), y2028: new Dec("200.4"), y2029: new Dec("300.4") } },
      { label: "Licenser", allocation: "Gemensam", section: "cost", figures: { y2027: new Dec("0.4"), y2028: new Dec("0.4"), y2029: new Dec("0.4") } },
    ];
    const parts = inCommitteeOrder(partsOf(lines, ["Borgholm"]));
    const rounded = roundParts(YEARS, parts, "controlled");
    const table = reportTable({ id: "shared", title: "Plan", columns: YEARS, labels: parts[0].lines, rounding: "controlled", unit: "kr" }, rounded.parts[0], rounded.exact.parts[0]);
    expect(table.columns).toEqual(["Budget 2027", "Budget 2028", "Budget 2029"]);
    const total = table.rows.find((row) => row.kind === "total")!;
    expect(total.values).toEqual([101, 201, 301]);
    expect(total.exact).toEqual([100.8, 200.8, 300.8]);
    const [drift, licenser] = table.rows.filter((row) => row.kind === "line").map((row) => row.values);
    expect(drift.map((v, c) => v + licenser[c])).toEqual(total.values);
  });

  it("a kept column shows what it is given and the rest of the table adds up around it", () => {
    const columns: Column[] = [CHANGE[0], { ...CHANGE[1], rule: { figure: "now", kept: true } }, CHANGE[2]];
    const kept = (section: Section, locked: string, now: string, shown: bigint) => ({ ...lineOf(section, { locked, now }), kept: { now: shown } });
    const parts = [{ lines: [kept("cost", "10.4", "10.6", 10n), kept("cost", "0.4", "0.6", 1n)] }];
    for (const round of [roundControlled, roundPerCell]) {
      const report = round(columns, parts);
      expect(report.parts[0].lines.map((line) => line.now)).toEqual([10n, 1n]);
    }
    const report = roundControlled(columns, parts);
    expectAdditive(columns, report.parts[0], ["cost", "cost"]);
    expect(report.parts[0].total.now).toBe(11n);
  });

  it("refuses a declaration whose difference is not of two declared figures", () => {
    const part = [{ lines: [lineOf("cost", { y1: "1", y2: "2" })] }];
    const twice: Column[] = [year(1), { id: "d1", header: "d1", rule: { difference: ["y1", "y1"] } }];
    const undeclared: Column[] = [year(1), { id: "d", header: "d", rule: { difference: ["y1", "y2"] } }];
    const shared: Column[] = [year(1), year(2), { id: "d1", header: "d1", rule: { difference: ["y1", "y2"] } }, { id: "d2", header: "d2", rule: { difference: ["y2", "y1"] } }];
    for (const round of [roundControlled, roundPerCell]) {
      expect(() => round(twice, part)).toThrow("column d1: y1 must be a declared figure in no other difference");
      expect(() => round(undeclared, part)).toThrow("column d: y2 must");
      expect(() => round(shared, part)).toThrow("column d2: y2 must");
    }
  });
});

/** A random declaration: 1–4 figure columns, some paired into differences (each figure in one at most), in any order. */
const declarationArb: fc.Arbitrary<Column[]> = fc
  .record({ figures: fc.integer({ min: 1, max: 4 }), pairs: fc.integer({ min: 0, max: 2 }), order: fc.array(fc.nat(), { minLength: 6, maxLength: 6 }) })
  .map(({ figures, pairs, order }) => {
    const ids = Array.from({ length: figures }, (_, i) => `f${i}`);
    const differences = Array.from({ length: Math.min(pairs, Math.floor(figures / 2)) }, (_, k): Column => ({ id: `d${k}`, header: `d${k}`, rule: { difference: [ids[2 * k + 1], ids[2 * k]] } }));
    const columns = [...ids.map((id): Column => ({ id, header: id, rule: { figure: id } })), ...differences];
    return columns.map((column, i) => ({ column, key: order[i] ?? i })).sort((a, b) => a.key - b.key).map(({ column }) => column);
  });

const partsFor = (columns: readonly Column[]): fc.Arbitrary<ExactPart[]> => {
  const ids = columns.filter((c) => !("difference" in c.rule)).map((c) => c.id);
  const line = fc.record({ section: fc.constantFrom<Section>("revenue", "cost"), figures: fc.tuple(...ids.map(() => amount)).map((values) => Object.fromEntries(ids.map((id, i) => [id, values[i]]))) });
  return fc.array(fc.array(line, { maxLength: 4 }).map((lines) => ({ lines })), { minLength: 1, maxLength: 3 });
};

describe("controlled rounding on random declarations", () => {
  it("every declared column and difference adds up, each figure within 1 of exact, the committee = its parts", () => {
    fc.assert(
      fc.property(declarationArb.chain((columns) => fc.tuple(fc.constant(columns), partsFor(columns))), ([columns, parts]) => {
        expectControlled(columns, parts);
      }),
      { numRuns: 2000 }
    );
  });
});
