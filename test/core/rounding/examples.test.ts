import { Dec } from "../../../src/core/decimal";
import { isOitError, type OitError } from "../../../src/core/errors";
import { describe as describeError } from "../../../src/core/messages";
import { SIX, controlled, line, perCell } from "./helpers";
import { expectControlled } from "./promises";

const half = "0.5";

describe("three cost lines of 0.5 (domain.md section 7)", () => {
  const parts = [{ lines: [line("cost", half, "0", half, "0"), line("cost", half, "0", half, "0"), line("cost", half, "0", half, "0")] }];

  it("per cell, the lines show 1 + 1 + 1 under a Summa kostnader of 2", () => {
    const table = perCell(parts).parts[0];
    expect(table.lines.map((row) => row[0])).toEqual([1n, 1n, 1n]);
    expect(table.cost[0]).toBe(2n);
  });

  it("controlled, the displayed lines add up to the displayed sum, each 0 or 1, the sum 1 or 2", () => {
    expectControlled(SIX, parts);
    const report = controlled(parts);
    const table = report.parts[0];
    expect([1n, 2n]).toContain(table.cost[0]);
    expect(table.withinOne).toBe(true);
    expect(report.committee.withinOne).toBe(true);
  });
});

describe("the line of workbook.md's JSON example", () => {
  const parts = [{ lines: [line("cost", "7000.4", "6899.6", "10500", "10300.2")] }];

  it("per cell, Avvikelse ack. is not budget − outcome (101 against 7000 − 6900)", () => {
    expect(perCell(parts).parts[0].lines[0].slice(0, 3)).toEqual([7000n, 6900n, 101n]);
  });

  it("controlled, every Avvikelse is the displayed budget − outcome and the whole budget stays", () => {
    expectControlled(SIX, parts);
    const table = controlled(parts).parts[0];
    expect(table.lines[0][3]).toBe(10500n);
  });
});

describe("the committee ties the parts together", () => {
  // Shared part and one own part, each with a revenue line of −0.5: the committee's exact
  // Summa intäkter is −1, a whole number, so it must show −1 and exactly one part rounds away.
  const parts = [{ lines: [line("revenue", "-0.5", "0", "-0.5", "0")] }, { lines: [line("revenue", "-0.5", "0", "-0.5", "0")] }];

  it("rounds one part's line up and the other's down so the committee shows its exact −1", () => {
    expectControlled(SIX, parts);
    const report = controlled(parts);
    expect(report.committee.revenue[0]).toBe(-1n);
    expect(report.parts.map((p) => p.revenue[0]).sort()).toEqual([-1n, 0n]);
    expect(report.committee.withinOne).toBe(true);
  });

  it("per cell, both parts show −1 and the committee −1: its sum is not the parts' sum", () => {
    const report = perCell(parts);
    expect(report.parts.map((p) => p.revenue[0])).toEqual([-1n, -1n]);
    expect(report.committee.revenue[0]).toBe(-1n);
  });
});

describe("empty sections and tables", () => {
  it("a part with only cost lines shows Summa intäkter 0 and Total = Summa kostnader", () => {
    const parts = [{ lines: [line("cost", "1.4", "1.4", "2.6", "2.6")] }];
    const table = controlled(parts).parts[0];
    expect(table.revenue).toEqual([0n, 0n, 0n, 0n, 0n, 0n]);
    expect(table.total).toEqual(table.cost);
  });

  it("no parts give a committee of zeros", () => {
    const report = controlled([]);
    expect(report.parts).toEqual([]);
    expect(report.committee).toEqual({ lines: [], revenue: Array(6).fill(0n), cost: Array(6).fill(0n), total: Array(6).fill(0n), withinOne: true });
  });
});

describe("per cell rounds halves away from zero, as Excel's ROUND", () => {
  it("2.5 → 3 and −2.5 → −3", () => {
    const table = perCell([{ lines: [line("cost", "2.5", "-2.5", "0", "0")] }]).parts[0];
    expect(table.lines[0].slice(0, 2)).toEqual([3n, -3n]);
  });
});

describe("amounts that cannot be rounded", () => {
  const thrown = (run: () => unknown): OitError => {
    try {
      run();
    } catch (error) {
      if (isOitError(error)) return error;
      throw error;
    }
    throw new Error("no error thrown");
  };

  it("names part, line and column of an amount that is not a finite number", () => {
    const bad = { section: "cost" as const, figures: { ...line("cost", "1", "2").figures, outcome: new Dec(NaN) } };
    const error = thrown(() => controlled([{ lines: [] }, { lines: [line("cost", "1", "1"), bad] }]));
    expect(error.code).toBe("roundingNotFinite");
    expect(describeError(error, "sv")).toBe("Beloppet i rad 2, kolumn Utfall jan–aug i rapportens del 2 är inte ett ändligt tal (NaN), så tabellen kan inte avrundas");
  });

  it("refuses an amount too large to round exactly, in per-cell mode too", () => {
    const error = thrown(() => perCell([{ lines: [line("cost", "1", "1", "2e20", "0")] }]));
    expect(error.code).toBe("roundingTooLarge");
    expect(describeError(error, "en")).toContain("row 1, column Årsbudget");
  });
});
