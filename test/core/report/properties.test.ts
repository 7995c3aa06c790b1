import fc from "fast-check";
import type { ReportRow, ReportTable } from "../../../src/core/report";
import { ledgerArb, reportOf } from "./generators";

const sum = (rows: readonly ReportRow[], column: number) => rows.reduce((total, row) => total + row.values[column], 0);
const columns = [0, 1, 2, 3, 4, 5];

function expectAddsUp(table: ReportTable): void {
  const lines = (section: string) => table.rows.filter((row) => row.kind === "line" && row.section === section);
  const [revenue, cost] = table.rows.filter((row) => row.kind === "sum");
  const total = table.rows[table.rows.length - 1];
  for (const c of columns) {
    expect(revenue.values[c]).toBe(sum(lines("revenue"), c));
    expect(cost.values[c]).toBe(sum(lines("cost"), c));
    expect(total.values[c]).toBe(revenue.values[c] + cost.values[c]);
  }
  for (const row of table.rows) {
    expect(row.values[2]).toBe(row.values[0] - row.values[1]);
    expect(row.values[5]).toBe(row.values[3] - row.values[4]);
  }
}

function maxError(table: ReportTable): number {
  return Math.max(0, ...table.rows.flatMap((row) => row.values.map((value, c) => Math.abs(value - row.exact[c]))));
}

describe("reports from generated ledgers (up to 60 rows, 2–4 parties, kr with öre, both signs)", () => {
  it("add up on the displayed figures and stay within 1 of exact (committee within 2 when it carries a note)", () => {
    fc.assert(
      fc.property(ledgerArb, (generated) => {
        const report = reportOf(generated);
        const [committee, ...parts] = report.tables;
        for (const table of report.tables) {
          expect(table.rows.filter((row) => row.kind !== "line").map((row) => row.label)).toEqual(["Summa intäkter", "Summa kostnader", "Total"]);
        }
        if (report.rounding === "per-cell") {
          // Per cell rounds every figure on its own: nearest, half up, and no promise that sums add up.
          for (const table of report.tables) expect(maxError(table)).toBeLessThanOrEqual(0.5 + 1e-9);
          return;
        }
        for (const table of report.tables) expectAddsUp(table);
        for (const part of parts) {
          expect(part.note).toBeUndefined();
          expect(maxError(part)).toBeLessThan(1);
        }
        expect(maxError(committee)).toBeLessThan(committee.note ? 2 : 1);
        // The committee is the sum of its parts: lines identical, sum rows the sums of the parts' sum rows.
        const partLines = parts.flatMap((part) => part.rows.filter((row) => row.kind === "line").map((row) => row.values));
        expect(committee.rows.filter((row) => row.kind === "line").map((row) => row.values).sort()).toEqual(partLines.sort());
        for (const label of ["Summa intäkter", "Summa kostnader", "Total"]) {
          const of = (t: ReportTable) => t.rows.find((row) => row.label === label) as ReportRow;
          for (const c of columns) expect(of(committee).values[c]).toBe(parts.reduce((total, part) => total + of(part).values[c], 0));
        }
      }),
      { numRuns: 120 }
    );
  });

  it("split exactly the shared Total's displayed forecast deviation, each part within 1 of its key share", () => {
    fc.assert(
      fc.property(ledgerArb, (generated) => {
        const report = reportOf(generated);
        const shared = report.tables.find((t) => t.id === "shared") as ReportTable;
        const displayed = shared.rows[shared.rows.length - 1].values[5];
        expect(report.deviationSplit.amount).toBe(displayed);
        expect(report.deviationSplit.parts.reduce((total, part) => total + part.amount, 0)).toBe(displayed);
        report.deviationSplit.parts.forEach((part, i) => expect(Math.abs(part.amount - displayed * report.key[i].share)).toBeLessThan(1));
      }),
      { numRuns: 120 }
    );
  });
});
