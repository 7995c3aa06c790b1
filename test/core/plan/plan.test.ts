import fc from "fast-check";
import { Dec } from "../../../src/core/decimal";
import { planFromTables } from "../../../src/core/plan/fromTables";
import type { ReportTable } from "../../../src/core/report/types";
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

  it("gives the three kinds of table with one column per year, adding up as displayed", () => {
    expect(report.tables.map((t) => t.id)).toEqual(["total", "shared", "own:Borgholm", "own:Mörbylånga"]);
    const shared = rowsOf(report.tables[1]);
    expect(report.tables[1].columns).toEqual(["Budget 2024", "Budget 2025", "Plan 2026"]);
    expect(shared["Summa kostnader"]).toEqual([12001, 12301, 12601]);
    expect(shared.Total).toEqual([11501, 11781, 12061]);
    expect(shared.Personalkostnader.map((v, i) => v + shared.Lokaler[i])).toEqual(shared["Summa kostnader"]);
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
    expect(report.notes[0]).toContain("Mörbylånga");
    expect(report.notes[0]).toContain("74");
    expect(report.warnings.some((w) => w.code === "financingDiffers")).toBe(true);
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

describe("plan properties over generated plans", () => {
  it("adds up per column across rows and between the committee and its parts, within 1 of exact; the split sums to the shared Total", () => {
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
        const [committee, ...parts] = report.tables;
        for (const t of report.tables) {
          const byKind = (kind: string, section?: string) => t.rows.filter((r) => r.kind === kind && (section === undefined || r.section === section));
          for (let c = 0; c < g.years; c++) {
            const [revenue] = byKind("sum", "revenue");
            const [cost] = byKind("sum", "cost");
            const [total] = byKind("total");
            if (t.id !== "total") {
              expect(byKind("line", "revenue").reduce((s, r) => s + r.values[c], 0)).toBe(revenue.values[c]);
              expect(byKind("line", "cost").reduce((s, r) => s + r.values[c], 0)).toBe(cost.values[c]);
            }
            expect(revenue.values[c] + cost.values[c]).toBe(total.values[c]);
            if (t.note === undefined) for (const r of t.rows) expect(Math.abs(r.values[c] - r.exact[c])).toBeLessThan(1);
          }
        }
        for (const t of parts) expect(t.note).toBeUndefined();
        for (const kind of ["Summa intäkter", "Summa kostnader", "Total"]) {
          const shown = (t: ReportTable) => t.rows.find((r) => r.label === kind)!.values;
          for (let c = 0; c < g.years; c++) expect(parts.reduce((s, t) => s + shown(t)[c], 0)).toBe(shown(committee)[c]);
        }
        report.split.forEach((split, c) => {
          expect(split.amount).toBe(parts[0].rows.find((r) => r.kind === "total")!.values[c]);
          expect(split.parts.reduce((s, p) => s + p.amount, 0)).toBe(split.amount);
        });
      }),
      { numRuns: 2000 }
    );
  });
});
