import fc from "fast-check";
import { accountFromTables } from "../../../src/core/account/fromTables";
import { Dec } from "../../../src/core/decimal";
import { key, settlement } from "../../../src/core/rules";
import { keysTable, ledgerTable, standardSettings, table, workbook } from "../report/fixtures";

const PARTY_NAMES = ["Borgholm", "Mörbylånga", "Kalmar", "Nybro"];
const headers = ["Rad", "Fördelning", "Typ", "Budget", "Utfall", "Årsbudget", "Prognos"];
const RUNS = 2000;

interface Line {
  label: string;
  allocation: string;
  type: "Intäkt" | "Kostnad";
  budget: number;
  outcome: number;
  annualBudget: number;
  forecast: number;
}

interface Invoice {
  party: string;
  month: number;
  purpose: "Förskott" | "Vidarefakturering" | "Avräkning";
  amount: number;
}

interface Year {
  parties: string[];
  users: number[];
  month: number;
  /** "kr": whole kronor; "tkr": whole kronor written in tkr with three decimals. */
  unit: "kr" | "tkr";
  lines: Line[];
  invoices: Invoice[];
  threshold: number | null;
}

const kronor = fc.integer({ min: -2_000_000, max: 2_000_000 });
const figures = fc.record({ budget: kronor, outcome: kronor, annualBudget: kronor, forecast: kronor });

function lineArb(parties: string[], options: { ownUnbudgeted: boolean }): fc.Arbitrary<Line> {
  return fc
    .record({
      allocation: fc.constantFrom("Gemensam", "Gemensam", ...parties),
      type: fc.constantFrom("Intäkt" as const, "Kostnad" as const),
      figures,
      unbudgeted: options.ownUnbudgeted ? fc.boolean() : fc.constant(false),
      n: fc.integer({ min: 1, max: 5 }),
    })
    .map(({ allocation, type, figures: f, unbudgeted, n }) => ({
      label: `${type === "Intäkt" ? "Intäkter" : "Kostnader"} ${n}`,
      allocation,
      type,
      ...f,
      ...(unbudgeted && allocation !== "Gemensam" && { budget: 0, annualBudget: 0 }),
      // Without re-invoicing, every own line has a budget: positive on every row, so rows of one Rad cannot cancel to 0.
      ...(!options.ownUnbudgeted && allocation !== "Gemensam" && { annualBudget: Math.abs(f.annualBudget) + 1 }),
    }));
}

function invoiceArb(parties: string[], purposes: Invoice["purpose"][]): fc.Arbitrary<Invoice> {
  return fc.record({
    party: fc.constantFrom(...parties),
    month: fc.integer({ min: 1, max: 12 }),
    purpose: fc.constantFrom(...purposes),
    amount: fc.integer({ min: -500_000, max: 3_000_000 }),
  });
}

function yearArb(options: { ownUnbudgeted: boolean; purposes: Invoice["purpose"][]; thresholds: boolean }): fc.Arbitrary<Year> {
  return fc.integer({ min: 2, max: 4 }).chain((count) => {
    const parties = PARTY_NAMES.slice(0, count);
    return fc.record({
      parties: fc.constant(parties),
      users: fc.array(fc.integer({ min: 1, max: 100_000 }), { minLength: count, maxLength: count }),
      month: fc.integer({ min: 1, max: 12 }),
      unit: fc.constantFrom("kr" as const, "tkr" as const),
      lines: fc.array(lineArb(parties, options), { minLength: 1, maxLength: 12 }),
      invoices: options.purposes.length ? fc.array(invoiceArb(parties, options.purposes), { maxLength: 12 }) : fc.constant([]),
      threshold: options.thresholds ? fc.option(fc.integer({ min: 0, max: 2000 }), { nil: null }) : fc.constant(null),
    });
  });
}

function inUnit(amount: number, unit: Year["unit"]): number | string {
  return unit === "kr" ? amount : new Dec(amount).div(1000).toString();
}

/** The host's financing lines: each party's line holds, as revenue, what was invoiced to it, on every figure. */
function financingLines(year: Year, invoicedTo: (party: string) => number): Line[] {
  return year.parties.map((party) => {
    const invoiced = -invoicedTo(party);
    return { label: `Intäkter från ${party}s kommun`, allocation: year.parties[0], type: "Intäkt", budget: invoiced, outcome: invoiced, annualBudget: invoiced, forecast: invoiced };
  });
}

function tablesOf(year: Year, extraLines: Line[] = []) {
  const shares = key(year.users, 1);
  return workbook({
    settings: {
      ...standardSettings,
      Värdkommun: year.parties[0],
      "Period t.o.m. månad": year.month,
      "Enhet i underlaget": year.unit,
      ...(year.threshold !== null && { "Avräkning per tertial över": year.threshold }),
    },
    keys: keysTable(year.parties.map((party, i) => [2027, party, null, shares[i].toNumber()])),
    ledger: ledgerTable(
      [...year.lines, ...extraLines].map((line) => [line.label, line.allocation, line.type, ...[line.budget, line.outcome, line.annualBudget, line.forecast].map((n) => inUnit(n, year.unit))]),
      headers
    ),
    extra: [table("Fakturerat", ["Part", "Datum", "Avser", "Belopp"], year.invoices.map((inv) => [inv.party, `2027-${String(inv.month).padStart(2, "0")}-15`, inv.purpose, inv.amount]))],
  });
}

function basisFigure(line: Line, month: number): number {
  return month === 12 ? line.outcome : line.forecast;
}

describe("the members' account, over generated years (domain.md section 12)", () => {
  it("per member invoiced + settlement = actualCost exactly; each actual cost is its exact cost within a krona, together the whole net cost", () => {
    fc.assert(
      fc.property(yearArb({ ownUnbudgeted: true, purposes: ["Förskott", "Vidarefakturering", "Avräkning"], thresholds: true }), (year) => {
        const account = accountFromTables(tablesOf(year));
        const shares = key(year.users, 1);
        const shared = year.lines.filter((l) => l.allocation === "Gemensam").reduce((sum, l) => sum + basisFigure(l, year.month), 0);
        let total = 0;
        account.members.forEach((member, i) => {
          expect(new Dec(member.invoiced).plus(member.settlement).toNumber()).toBe(member.actualCost);
          const own = year.lines.filter((l) => l.allocation === member.party).reduce((sum, l) => sum + basisFigure(l, year.month), 0);
          const exact = shares[i].times(shared).plus(own);
          expect(exact.minus(member.actualCost).abs().lessThan(1)).toBe(true);
          total += member.actualCost;
        });
        const all = year.lines.reduce((sum, l) => sum + basisFigure(l, year.month), 0);
        expect(total).toBe(all);
      }),
      { numRuns: RUNS }
    );
  });

  it("the members' settlements sum to the committee's Total when the host's financing lines hold what was invoiced", () => {
    fc.assert(
      fc.property(yearArb({ ownUnbudgeted: true, purposes: ["Vidarefakturering", "Avräkning"], thresholds: true }), fc.array(fc.integer({ min: 0, max: 5_000_000 }), { minLength: 4, maxLength: 4 }), (year, advances) => {
        // Every party has Förskott rows, so what was invoiced is known before the ledger is made.
        year.invoices.push(...year.parties.map((party, i): Invoice => ({ party, month: 1, purpose: "Förskott", amount: advances[i] })));
        const invoicedTo = (party: string) => year.invoices.filter((inv) => inv.party === party).reduce((sum, inv) => sum + inv.amount, 0);
        const financing = financingLines(year, invoicedTo);
        const account = accountFromTables(tablesOf(year, financing));
        const committeeTotal = [...year.lines, ...financing].reduce((sum, l) => sum + basisFigure(l, year.month), 0);
        expect(account.members.reduce((sum, m) => sum + m.settlement, 0)).toBe(committeeTotal);
      }),
      { numRuns: RUNS }
    );
  });

  it("with no true-ups and no re-invoicing the settlement is OIT.SETTLEMENT of the shared cost plus the own lines", () => {
    fc.assert(
      fc.property(yearArb({ ownUnbudgeted: false, purposes: ["Förskott"], thresholds: false }), (year) => {
        const account = accountFromTables(tablesOf(year));
        const shares = key(year.users, 1);
        const shared = year.lines.filter((l) => l.allocation === "Gemensam").reduce((sum, l) => sum + basisFigure(l, year.month), 0);
        const invoiced = account.members.map((m) => m.invoiced);
        const expected = settlement(shared, shares, invoiced);
        account.members.forEach((member, i) => {
          const own = year.lines.filter((l) => l.allocation === member.party).reduce((sum, l) => sum + basisFigure(l, year.month), 0);
          expect(member.settlement).toBe(expected[i].plus(own).toNumber());
          expect(member.reinvoicing).toEqual({ booked: 0, invoiced: 0, open: 0 });
          expect(member.trueUps).toEqual([]);
        });
      }),
      { numRuns: RUNS }
    );
  });

  it("after T1 and T2 a true-up is proposed exactly where a member's share of the shared deviation exceeds the threshold", () => {
    fc.assert(
      fc.property(yearArb({ ownUnbudgeted: true, purposes: ["Avräkning", "Förskott"], thresholds: true }), fc.constantFrom(4, 8), (year, month) => {
        year.month = month;
        const account = accountFromTables(tablesOf(year));
        const shares = key(year.users, 1);
        const deviation = year.lines.filter((l) => l.allocation === "Gemensam").reduce((sum, l) => sum + l.budget - l.outcome, 0);
        account.members.forEach((member, i) => {
          const exact = shares[i].times(deviation);
          const sent = year.invoices.filter((inv) => inv.party === member.party && inv.purpose === "Avräkning").reduce((sum, inv) => sum + inv.amount, 0);
          expect(member.trueUps.reduce((sum, t) => sum + t, 0)).toBe(sent);
          if (year.threshold === null) return expect(member.proposedTrueUp).toBeUndefined();
          const limit = year.threshold * 1000;
          // Clearly above or below the threshold (the share is within a krona of its exact value).
          if (exact.abs().greaterThan(limit + 1)) {
            expect(member.proposedTrueUp).toBeDefined();
            // What settles the deviation: the credit of a surplus (or invoice of a deficit), less what true-ups already did.
            expect(exact.negated().minus(sent).minus(member.proposedTrueUp as number).abs().lessThan(1)).toBe(true);
          } else if (exact.abs().lessThan(limit - 1)) expect(member.proposedTrueUp).toBeUndefined();
        });
      }),
      { numRuns: RUNS }
    );
  });

  it("re-invoicing: a non-host member's unbudgeted own lines are booked, its Vidarefakturering invoiced, the rest open", () => {
    fc.assert(
      fc.property(yearArb({ ownUnbudgeted: true, purposes: ["Vidarefakturering", "Förskott"], thresholds: false }), (year) => {
        const account = accountFromTables(tablesOf(year));
        account.members.forEach((member, i) => {
          if (i === 0) return expect(member.reinvoicing).toEqual({ booked: 0, invoiced: 0, open: 0 });
          const lines = year.lines.filter((l) => l.allocation === member.party);
          // A line is its rows with the same Rad: unbudgeted when their annual budgets sum to 0 (5 and −5 too).
          const annualBudgetOf = (l: Line) => lines.filter((o) => o.label === l.label).reduce((sum, o) => sum + o.annualBudget, 0);
          const unbudgeted = lines.filter((l) => annualBudgetOf(l) === 0);
          const booked = unbudgeted.reduce((sum, l) => sum + l.outcome, 0);
          const invoiced = year.invoices.filter((inv) => inv.party === member.party && inv.purpose === "Vidarefakturering").reduce((sum, inv) => sum + inv.amount, 0);
          expect(member.reinvoicing).toEqual({ booked, invoiced, open: booked - invoiced });
        });
      }),
      { numRuns: RUNS }
    );
  });
});
