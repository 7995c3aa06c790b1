import fc from "fast-check";
import { Dec } from "../../../src/core/decimal";
import { invoicesFromTables } from "../../../src/core/invoicing/invoicesFromTables";
import { reportFromTables } from "../../../src/core/report";
import type { TableData } from "../../../src/core/workbook/types";
import { keysTable, ledgerTable, settingsTable, standardSettings } from "../report/fixtures";

const ledgerHeaders = ["Rad", "Fördelning", "Typ", "Utfall", "Årsbudget", "Årsprognos"];
const partyNames = ["Borgholm", "Mörbylånga", "Kalmar", "Torsås", "Emmaboda"];

type Row = [line: string, allocation: string, type: "Intäkt" | "Kostnad", outcome: number, annualBudget: number, forecast: number];

function workbookOf(settings: Record<string, unknown>, key: [string, number][], rows: Row[]): TableData[] {
  return [settingsTable(settings), keysTable(key.map(([party, share]) => [2027, party, null, share])), ledgerTable(rows, ledgerHeaders)];
}

/** The committee's Total on the settlement's basis, as the report states it (exact, in kr). */
function committeeTotal(tables: readonly TableData[], basis: "outcome" | "forecast"): number {
  const committee = reportFromTables(tables, { reportUnit: "kr", rounding: "per-cell" }).tables.find((t) => t.id === "total")!;
  const total = committee.rows.find((row) => row.kind === "total")!;
  return total.exact[basis === "outcome" ? 1 : 4];
}

describe("the settlement with the host's own revenue other than financing (issue 7, item 1)", () => {
  // Shaped like the board's interim 2024 ledger: the host's stock is bought and sold on its own lines, neither
  // budgeted (Övriga intäkter −9 542 tkr against Inköp till lager 9 211 tkr), and the shared part runs a
  // deficit of about 1 000 tkr.
  const rows: Row[] = [
    ["Intäkter från Borgholms kommun", "Borgholm", "Intäkt", -8320.5, -11094, -11094],
    ["Intäkter från Mörbylånga kommun", "Borgholm", "Intäkt", -9792, -13056, -13056],
    ["Personalkostnader", "Gemensam", "Kostnad", 12000, 18000, 18700],
    ["Licenser", "Gemensam", "Kostnad", 4100, 6000, 6300],
    ["Övriga intäkter", "Borgholm", "Intäkt", -6400, 0, -9542],
    ["Inköp till lager", "Borgholm", "Kostnad", 6100, 0, 9211],
    ["Nämndsarvoden", "Borgholm", "Kostnad", 100, 150, 152],
  ];
  const tables = workbookOf({ ...standardSettings, "Enhet i underlaget": "tkr" }, [["Borgholm", 0.456], ["Mörbylånga", 0.544]], rows);

  it("counts the host's stock sales in its own cost: Borgholm is settled +127 000, not +9 669 000", () => {
    const plan = invoicesFromTables(tables);
    expect(plan.basis).toBe("forecast");
    // Borgholm: 45,6 % of 24 000 + 150 invoiced; 45,6 % of 25 000 + (−9 542 + 9 211 + 152) actual.
    expect(plan.parties.map((p) => [p.party, p.annual, p.actual, p.settlement])).toEqual([
      ["Borgholm", 11_094_000, 11_221_000, 127_000],
      ["Mörbylånga", 13_056_000, 13_600_000, 544_000],
    ]);
  });

  it("settles the members for exactly the committee's forecast Total, since the financing lines hold what was invoiced", () => {
    const plan = invoicesFromTables(tables);
    const settled = plan.parties.reduce((sum, p) => sum + p.settlement!, 0);
    expect(settled).toBe(committeeTotal(tables, "forecast"));
    expect(settled).toBe(671_000);
  });
});

/** Whole kronor up to ten million, both signs. */
const kronor = fc.integer({ min: -10_000_000, max: 10_000_000 });
/** Sales of stock: revenue, never nothing (so a ledger before December always has a forecast to settle by). */
const salesKronor = fc.integer({ min: 1, max: 10_000_000 }).map((amount) => -amount);

const figures = (amount: fc.Arbitrary<number>) => fc.tuple(amount, amount, amount);

const generatedLedger = fc.integer({ min: 2, max: 5 }).chain((partyCount) =>
  fc.record({
    parties: fc.constant(partyNames.slice(0, partyCount)),
    host: fc.integer({ min: 0, max: partyCount - 1 }),
    users: fc.array(fc.integer({ min: 1, max: 5000 }), { minLength: partyCount, maxLength: partyCount }),
    throughMonth: fc.constantFrom(8, 12),
    shared: fc.array(fc.tuple(fc.constantFrom("Intäkt", "Kostnad"), figures(kronor)), { maxLength: 8 }),
    // The host's own revenue that is not financing: sales of stock, always there.
    stockSales: fc.array(figures(salesKronor), { minLength: 1, maxLength: 3 }),
    own: fc.array(
      fc.tuple(fc.integer({ min: 0, max: partyCount - 1 }), fc.constantFrom("Intäkt", "Kostnad"), figures(kronor)),
      { maxLength: 8 }
    ),
  })
);

type Generated = typeof generatedLedger extends fc.Arbitrary<infer T> ? T : never;

function genitive(name: string): string {
  return name.endsWith("s") ? name : `${name}s`;
}

/** The ledger with the host's financing lines holding `financing[i]` from each party (negative: revenue). */
function ledgerOf(g: Generated, financing: readonly number[]): Row[] {
  const host = g.parties[g.host];
  const rows: Row[] = [];
  g.shared.forEach(([type, [outcome, annual, forecast]], i) => rows.push([`Gemensam rad ${i}`, "Gemensam", type, outcome, annual, forecast]));
  g.stockSales.forEach(([outcome, annual, forecast], i) => rows.push([`Övriga intäkter ${i}`, host, "Intäkt", outcome, annual, forecast]));
  g.own.forEach(([party, type, [outcome, annual, forecast]], i) => rows.push([`Egen rad ${i}`, g.parties[party], type, outcome, annual, forecast]));
  g.parties.forEach((party, i) => rows.push([`Intäkter från ${genitive(party)} kommun`, host, "Intäkt", financing[i], financing[i], financing[i]]));
  return rows;
}

function tablesOf(g: Generated, financing: readonly number[]): TableData[] {
  const settings = { ...standardSettings, Värdkommun: g.parties[g.host], "Period t.o.m. månad": g.throughMonth };
  const keys = keysTable(g.parties.map((party, i) => [2027, party, g.users[i], null]));
  return [settingsTable(settings), keys, ledgerTable(ledgerOf(g, financing), ledgerHeaders)];
}

/** A member's exact actual cost (workbook.md): its share of the net shared cost plus its own lines, financing excepted. */
function exactActualCosts(g: Generated, shares: readonly number[], basis: "outcome" | "forecast"): Dec[] {
  const figure = (f: [number, number, number]) => new Dec(basis === "outcome" ? f[0] : f[2]);
  const shared = Dec.sum(0, ...g.shared.map(([, f]) => figure(f)));
  return g.parties.map((_, i) => {
    const own = [
      ...(i === g.host ? g.stockSales.map(figure) : []),
      ...g.own.filter(([party]) => party === i).map(([, , f]) => figure(f)),
    ];
    return Dec.sum(shared.times(shares[i]), ...own);
  });
}

describe("invoiced + settlement = actual cost per member; the settlements sum to the committee's Total (generated ledgers)", () => {
  it("holds for 2–5 parties, any host, with the host's stock sales among its own revenue", () => {
    fc.assert(
      fc.property(generatedLedger, (g) => {
        // Financing is not billed, so what it holds does not change the invoices: fill it with what was invoiced.
        const invoiced = invoicesFromTables(tablesOf(g, g.parties.map(() => 0))).parties.map((p) => p.annual);
        const tables = tablesOf(g, invoiced.map((amount) => -amount));
        const plan = invoicesFromTables(tables);
        const basis = g.throughMonth === 12 ? "outcome" : "forecast";
        expect(plan.basis).toBe(basis);
        expect(plan.parties.map((p) => p.annual)).toEqual(invoiced);

        const key = reportFromTables(tables, { reportUnit: "kr", rounding: "per-cell" }).key.map((k) => k.share);
        const exact = exactActualCosts(g, key, basis);
        plan.parties.forEach((member, i) => {
          const actualCost = new Dec(member.annual + member.settlement!);
          expect(actualCost.minus(exact[i]).abs().lt(1)).toBe(true);
        });
        // Whole kronor in, so the members' actual costs add up exactly to the non-financing lines.
        const actualTotal = plan.parties.reduce((sum, p) => sum + p.annual + p.settlement!, 0);
        expect(actualTotal).toBe(Dec.sum(0, ...exact).toNumber());
        const settled = plan.parties.reduce((sum, p) => sum + p.settlement!, 0);
        expect(settled).toBe(committeeTotal(tables, basis));
      }),
      { numRuns: 2000 }
    );
  });
});
