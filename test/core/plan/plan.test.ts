import fc from "fast-check";
import { Dec } from "../../../src/core/decimal";
import { planFromTables } from "../../../src/core/plan/fromTables";
import type { ReportTable } from "../../../src/core/report/types";
import { roundControlled, type Column, type RoundedTable } from "../../../src/core/rounding";
import { allocate } from "../../../src/core/rules";
import type { Section } from "../../../src/core/workbook/types";
import { expectOitError } from "../expectOitError";
import { keys, settings, table } from "./tables";

const two = keys([
  [2024, "Borgholm", 0.45],
  [2024, "Mörbylånga", 0.55],
  [2025, "Borgholm", 0.456],
  [2025, "Mörbylånga", 0.544],
]);

function rowsOf(t: ReportTable) {
  return Object.fromEntries(t.rows.map((row) => [row.label, row.values]));
}

describe("planFromTables", () => {
  const plan = table("Budgetplan", ["Rad", "Fördelning", "Typ", "Budget 2024", "Budget 2025", "Plan 2026"], [
    ["Personalkostnader", "Gemensam", "Kostnad", 10000.4, 10300.4, 10600.4],
    ["Lokaler", "Gemensam", "Kostnad", 2000.4, 2000.4, 2000.4],
    ["Försäljning bolag", "Gemensam", "Intäkt", -500, -520, -540],
    ["Nämndsarvoden", "Mörbylånga", "Kostnad", 100, 100, 100],
    ["Intäkter från Mörbylånga kommun", "Borgholm", "Intäkt", -6500, -6750, -6900],
  ]);
  const priorities = table("Prioriteringar", ["Rad", "Fördelning", "2025", "2026"], [
    ["Skyddad backup", "Gemensam", 1200, 1236],
    ["Licenser", "Gemensam", 2050, 1553],
    ["Skolplattform", "Mörbylånga", 113, 116],
  ]);
  const report = planFromTables([settings(), two, plan, priorities]);

  it("gives the three kinds of table with one column per year, the lines' amounts exact behind the displayed sums", () => {
    expect(report.tables.map((t) => t.id)).toEqual(["total", "shared", "own:Borgholm", "own:Mörbylånga"]);
    const shared = rowsOf(report.tables[1]);
    expect(report.tables[1].columns).toEqual(["Budget 2024", "Budget 2025", "Plan 2026"]);
    expect(shared["Summa kostnader"]).toEqual([12001, 12301, 12601]);
    expect(shared.Total).toEqual([11501, 11781, 12061]);
    const exact = Object.fromEntries(report.tables[1].rows.map((row) => [row.label, row.exact]));
    expect([exact.Personalkostnader, exact.Lokaler, exact["Summa kostnader"]]).toEqual([
      [10000.4, 10300.4, 10600.4],
      [2000.4, 2000.4, 2000.4],
      [12000.8, 12300.8, 12600.8],
    ]);
  });

  it("splits each year's shared Total by its key, the latest decided one for a plan year, and says so", () => {
    expect(report.split.map((s) => [s.column, s.keyYear, s.amount, s.parts.map((p) => p.amount)])).toEqual([
      ["Budget 2024", 2024, 11501, [5175, 6326]],
      ["Budget 2025", 2025, 11781, [5372, 6409]],
      ["Plan 2026", 2025, 12061, [5500, 6561]],
    ]);
    expect(report.tables[1].caption).toContain("Ingen nyckel är beslutad för 2026; fördelningen följer den senast beslutade nyckeln, den för 2025.");
    expect(report.tables[1].caption).not.toContain("för 2024;");
  });

  it("splits the shared priorities by each year's key", () => {
    expect(report.priorities).toEqual({
      columns: ["2025", "2026"],
      rows: [
        { label: "Skyddad backup", allocation: "Gemensam", values: [1200, 1236] },
        { label: "Licenser", allocation: "Gemensam", values: [2050, 1553] },
        { label: "Skolplattform", allocation: "Mörbylånga", values: [113, 116] },
      ],
      total: [3363, 2905],
      shared: [3250, 2789],
      parts: [
        { party: "Borgholm", values: [1482, 1272] },
        { party: "Mörbylånga", values: [1768, 1517] },
      ],
    });
  });

  it("checks the host's financing lines against the key's share plus own costs, in the plan's unit", () => {
    const mörbylånga = report.financing.filter((check) => check.party === "Mörbylånga");
    expect(mörbylånga.map((c) => [c.column, c.financing, c.expected, c.difference])).toEqual([
      ["Budget 2024", 6500, 6426, 74],
      ["Budget 2025", 6750, 6509, 241],
      ["Plan 2026", 6900, 6661, 239],
    ]);
    expect(report.notes).toHaveLength(3);
    expect(report.notes[0]).toBe("Finansieringen från Mörbylånga i Budget 2024 (6500 tkr) skiljer sig från vad nyckeln ger (6426 tkr: andelen av de gemensamma nettokostnaderna plus egna kostnader) med 74 tkr");
    const differs = (column: string, budget: number, expected: number, difference: number) => ({
      code: "financingDiffers",
      params: { party: "Mörbylånga", column, budget, expected, difference, unit: "tkr" },
      where: { table: "Budgetplan" },
    });
    expect(report.warnings.filter((w) => w.code === "financingDiffers")).toEqual([differs("Budget 2024", 6500, 6426, 74), differs("Budget 2025", 6750, 6509, 241), differs("Plan 2026", 6900, 6661, 239)]);
  });

  it("refuses a year with no key at or before it, naming the column", () => {
    const early = table("Budgetplan", ["Rad", "Fördelning", "Utfall 2023", "Budget 2024"], [["Personal", "Gemensam", 1, 1]]);
    expectOitError(() => planFromTables([settings(), two, early]), "planNoKey", { sv: ["2023", "Utfall 2023", "2024, 2025"], en: ["Utfall 2023"] });
    const earlyPriority = table("Prioriteringar", ["Rad", "Fördelning", "2023"], [["Backup", "Gemensam", 1]]);
    expectOitError(() => planFromTables([settings(), two, plan, earlyPriority]), "planNoKey", { sv: ["2023", "Prioriteringar"] });
  });
});

/** Shares of n parties with one percent decimal summing to exactly 1000 tenths. */
const keyShares = (n: number) =>
  fc.array(fc.integer({ min: 1, max: 600 }), { minLength: n, maxLength: n }).map((weights) => {
    const total = weights.reduce((a, b) => a + b, 0);
    const tenths = weights.map((w) => Math.floor((w * 1000) / total));
    tenths[0] += 1000 - tenths.reduce((a, b) => a + b, 0);
    return tenths.map((t) => t / 1000);
  });

const generatedPlan = fc.integer({ min: 2, max: 4 }).chain((n) =>
  fc.record({
    parties: fc.constant(Array.from({ length: n }, (_, i) => `Kommun${String.fromCharCode(65 + i)}`)),
    shares: keyShares(n),
    years: fc.integer({ min: 1, max: 5 }),
    unit: fc.constantFrom("kr", "tkr"),
    lines: fc.array(
      fc.record({
        owner: fc.integer({ min: -1, max: n - 1 }),
        revenue: fc.boolean(),
        cents: fc.array(fc.integer({ min: 0, max: 900_000_000 }), { minLength: 5, maxLength: 5 }),
      }),
      { minLength: 1, maxLength: 8 }
    ),
  })
);

/** What a table shows of its rows: the label, the displayed figures and the exact ones, by year column. */
const shownRows = (t: ReportTable) => t.rows.map(({ label, values, exact }) => ({ label, values, exact }));

describe("plan properties over generated plans", () => {
  /*
   * That displayed figures add up and stay within 1 of exact is the rounding's own suite (test/core/rounding);
   * here: the plan shows each line's amounts in the report's unit, one column per year, exactly as the rounding
   * displays those figures, and splits each year's shared Total as the allocation splits it by the key.
   */
  it("shows the plan's lines per year as the rounding displays them, each year's shared Total split by the key", () => {
    fc.assert(
      fc.property(generatedPlan, (g) => {
        const columns = Array.from({ length: g.years }, (_, i) => (i === 0 ? `Budget ${2025 + i}` : `Plan ${2025 + i}`));
        const amount = (cents: number, revenue: boolean) => {
          const value = g.unit === "kr" ? new Dec(cents).div(100) : new Dec(cents).div(1000);
          return (revenue ? value.negated() : value).toNumber();
        };
        const rows = g.lines.map((line, i) => [`Rad ${i}`, line.owner < 0 ? "Gemensam" : g.parties[line.owner], line.revenue ? "Intäkt" : "Kostnad", ...line.cents.slice(0, g.years).map((c) => amount(c, line.revenue))]);
        const report = planFromTables([
          settings([["Enhet i underlaget", g.unit], ["Värdkommun", g.parties[0]]]),
          keys(g.parties.map((party, i) => [2025, party, g.shares[i]])),
          table("Budgetplan", ["Rad", "Fördelning", "Typ", ...columns], rows),
        ]);

        // Worked out here from the generated amounts: each line's figure of a year in tkr, revenue negative.
        const declared: Column[] = columns.map((header, c) => ({ id: `y${c}`, header, rule: { figure: `y${c}` } }));
        // A revenue of 0 is 0, not −0: nothing to negate.
        const tkr = (cents: number, revenue: boolean) => new Dec(cents).div(g.unit === "kr" ? 100_000 : 1000).times(revenue && cents !== 0 ? -1 : 1);
        const lines = g.lines.map((line, i) => ({
          label: line.owner < 0 ? `Rad ${i}` : `Rad ${i} (${g.parties[line.owner]})`,
          owner: line.owner,
          section: (line.revenue ? "revenue" : "cost") as Section,
          figures: Object.fromEntries(declared.map((column, c) => [column.id, tkr(line.cents[c], line.revenue)])),
        }));
        const inOrder = (of: typeof lines) => [...of.filter((l) => l.section === "revenue"), ...of.filter((l) => l.section === "cost")];
        const parts = [-1, ...g.parties.map((_, p) => p)].map((owner) => inOrder(lines.filter((line) => line.owner === owner))).filter((part, p) => p === 0 || part.length > 0);
        const rounded = roundControlled(declared, parts.map((part) => ({ lines: part })));
        const shown = (figures: Readonly<Record<string, bigint>>) => declared.map((column) => Number(figures[column.id]));
        const exactSum = (of: typeof lines) => declared.map((column) => of.reduce((sum, line) => sum.plus(line.figures[column.id]), new Dec(0)).toNumber());
        const sums = (of: typeof lines, table: RoundedTable) => [
          { label: "Summa intäkter", values: shown(table.revenue), exact: exactSum(of.filter((line) => line.section === "revenue")) },
          { label: "Summa kostnader", values: shown(table.cost), exact: exactSum(of.filter((line) => line.section === "cost")) },
          { label: "Total", values: shown(table.total), exact: exactSum(of) },
        ];
        const expectedRows = (of: typeof lines, table: RoundedTable) => {
          const row = (section: Section) => of.flatMap((line, i) => (line.section === section ? [{ label: line.label.replace(/ \(.*\)$/, ""), values: shown(table.lines[i]), exact: declared.map((column) => line.figures[column.id].toNumber()) }] : []));
          const [revenue, cost, total] = sums(of, table);
          return [...row("revenue"), revenue, ...row("cost"), cost, total];
        };

        const [committee, ...partTables] = report.tables;
        expect(partTables.map(shownRows)).toEqual(parts.map((part, p) => expectedRows(part, rounded.parts[p])));
        expect(shownRows(committee)).toEqual(sums(parts.flat(), rounded.committee));
        expect(report.tables.map((t) => t.note !== undefined)).toEqual([rounded.committee, ...rounded.parts].map((t) => !t.withinOne));
        const shares = g.shares.map((share) => new Dec(share));
        expect(report.split).toEqual(
          shown(rounded.parts[0].total).map((total, c) => ({
            column: columns[c],
            keyYear: 2025,
            amount: total,
            parts: allocate(new Dec(total), shares, 0).map((split, i) => ({ party: g.parties[i], share: g.shares[i], amount: split.toNumber() })),
          }))
        );
      }),
      { numRuns: 2000 }
    );
  });
});
