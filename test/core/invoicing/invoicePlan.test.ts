import fc from "fast-check";
import { dec } from "../../../src/core/decimal";
import { invoicePlan, type InvoiceInput } from "../../../src/core/invoicing/invoicePlan";
import { invoiceLayout } from "../../../src/core/invoicing/invoiceLayout";
import { invoicesFromTables } from "../../../src/core/invoicing/invoicesFromTables";
import { settlementBasis } from "../../../src/core/invoicing/settlementBasis";
import { exactAmount } from "../../../src/core/rules";
import type { LedgerRow } from "../../../src/core/workbook/types";
import { errorOf, standardSettings, workbook } from "../report/fixtures";

function row(allocation: string, annualBudget: number, outcome: number, forecast: number, line = "Personal"): LedgerRow {
  return {
    line,
    allocation,
    section: annualBudget < 0 ? "revenue" : "cost",
    budget: null,
    outcome: exactAmount(outcome),
    annualBudget: exactAmount(annualBudget),
    forecast: exactAmount(forecast),
    where: { table: "Underlag", row: 1 },
  };
}

const base: Omit<InvoiceInput, "ledger" | "basis"> = {
  year: 2027,
  host: "Borgholm",
  parties: ["Borgholm", "Mörbylånga"],
  shares: [dec("0.447"), dec("0.553")],
  toKronor: 1,
};

describe("invoicePlan (domain.md section 6)", () => {
  it("gives the worked example: 9 000 by 44,7/55,3 → 4 023/4 977, quarters and settlement of 8 800", () => {
    const ledger = [row("Gemensam", 10000, 9500, 9700), row("Gemensam", -1000, -700, -900)];
    const plan = invoicePlan({ ...base, ledger, basis: "outcome" });
    expect(plan.parties.map((p) => p.annual)).toEqual([4023, 4977]);
    expect(plan.parties.map((p) => p.quarters)).toEqual([
      [1006, 1006, 1006, 1005],
      [1245, 1244, 1244, 1244],
    ]);
    expect(plan.parties.map((p) => p.actual)).toEqual([3934, 4866]);
    expect(plan.parties.map((p) => p.settlement)).toEqual([-89, -111]);
  });

  it("bills each party's own cost lines to it, the host's too, but leaves the host's financing out", () => {
    const ledger = [
      row("Gemensam", 9000, 8800, 8800),
      row("Mörbylånga", 120, 100, 110, "Nämndsarvoden"),
      row("Borgholm", 130, 125, 140, "Nämndsarvoden"),
      row("Borgholm", -4000, -4000, -4000, "Intäkter från Mörbylånga kommun"),
    ];
    const plan = invoicePlan({ ...base, ledger, basis: "forecast" });
    expect(plan.parties.map((p) => p.annual)).toEqual([4023 + 130, 4977 + 120]);
    expect(plan.parties.map((p) => p.settlement)).toEqual([3934 + 140 - (4023 + 130), 4866 + 110 - (4977 + 120)]);
  });

  it("converts a ledger in tkr to kronor before splitting, and has no settlement without a basis", () => {
    const plan = invoicePlan({ ...base, ledger: [row("Gemensam", 9, 0, 0)], toKronor: 1000, basis: null });
    expect(plan.parties.map((p) => p.annual)).toEqual([4023, 4977]);
    expect(plan.parties[0].settlement).toBeUndefined();
  });

  it("quarters sum to each annual amount and annual amounts to the budget (generated ledgers)", () => {
    const amount = fc.integer({ min: -5_000_000, max: 5_000_000 });
    fc.assert(
      fc.property(fc.array(amount, { minLength: 1, maxLength: 20 }), (amounts) => {
        const ledger = amounts.map((a) => row("Gemensam", a, a, a));
        const plan = invoicePlan({ ...base, ledger, basis: "outcome" });
        const total = amounts.reduce((s, a) => s + a, 0);
        expect(plan.parties.reduce((s, p) => s + p.annual, 0)).toBe(total);
        for (const p of plan.parties) expect(p.quarters.reduce((s, q) => s + q, 0)).toBe(p.annual);
        for (const p of plan.parties) expect(p.settlement).toBe(0);
      })
    );
  });
});

describe("settlementBasis", () => {
  it("uses the outcome through December, the forecast before, nothing without a forecast", () => {
    expect(settlementBasis(12, [row("Gemensam", 1, 1, 0)])).toBe("outcome");
    expect(settlementBasis(8, [row("Gemensam", 1, 1, 5)])).toBe("forecast");
    expect(settlementBasis(8, [row("Gemensam", 1, 1, 0)])).toBeNull();
  });
});

describe("invoiceLayout", () => {
  it("writes numbers whose Summa rows add up, and the settlement table only with a basis", () => {
    const ledger = [row("Gemensam", 9000, 8800, 8800)];
    const layout = invoiceLayout(invoicePlan({ ...base, ledger, basis: "outcome" }));
    expect(layout.sheetName).toBe("Fakturering 2027");
    const lines = layout.blocks.filter((b) => b.style === "line");
    const totals = layout.blocks.filter((b) => b.style === "total");
    expect(lines).toHaveLength(2);
    lines.forEach((block, i) => {
      const sums = block.values[0].map((_, c) => (c === 0 ? "Summa" : block.values.reduce((s, r) => s + (r[c] as number), 0)));
      expect(totals[i].values[0]).toEqual(sums);
      expect(totals[i].row).toBe(block.row + block.values.length);
    });
    expect(lines[0].values).toEqual([
      ["Borgholm", 4023, 1006, 1006, 1006, 1005],
      ["Mörbylånga", 4977, 1245, 1244, 1244, 1244],
    ]);
    expect(lines[1].values).toEqual([
      ["Borgholm", 3934, 4023, -89],
      ["Mörbylånga", 4866, 4977, -111],
    ]);
    const none = invoiceLayout(invoicePlan({ ...base, ledger, basis: null }));
    expect(none.blocks.filter((b) => b.style === "line")).toHaveLength(1);
  });
});

describe("invoicesFromTables", () => {
  it("refuses a host that is not a party of the key, as the report does, instead of billing the host's financing lines", () => {
    const error = errorOf(() => invoicesFromTables(workbook({ settings: { ...standardSettings, Värdkommun: "Kalmar" } })));
    expect(error.code).toBe("unknownHost");
    expect(error.params).toMatchObject({ host: "Kalmar", year: 2027, allowed: ["Borgholm", "Mörbylånga"] });
  });
});
