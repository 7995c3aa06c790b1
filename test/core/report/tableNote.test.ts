import fc from "fast-check";
import { layoutReport } from "../../../src/core/report/layout";
import { reportFromTables } from "../../../src/core/report/fromTables";
import type { Report, ReportTable } from "../../../src/core/report/types";
import { ledgerTable, workbook } from "./fixtures";
import { ledgerArb, reportOf } from "./generators";

/**
 * Three shared cost lines of 1 400 kr each in every column and one Borgholm line of 2 600 kr: in tkr each
 * line shows 1 (or 3), their sum 4,2 shows 4. Rounded cell by cell, the shared table's Summa kostnader shows
 * 4 under lines that add up to 3; the deviations are 0 and add up.
 */
const ledger = ledgerTable([
  ["Licenser", "Gemensam", "Kostnad", 1400, 1400, 1400, 1400],
  ["Telefoni", "Gemensam", "Kostnad", 1400, 1400, 1400, 1400],
  ["Bilar", "Gemensam", "Kostnad", 1400, 1400, 1400, 1400],
  ["Nämndsarvoden", "Borgholm", "Kostnad", 2600, 2600, 2600, 2600],
]);

const tableOf = (report: Report, id: string) => report.tables.find((table) => table.id === id)!;

describe("the note under a table rounded cell by cell", () => {
  const report = reportFromTables(workbook({ ledger }), { rounding: "per-cell" });

  it("names each sum that differs from its displayed rows, in each column, with what it shows, what the rows give and by how much", () => {
    const columns = ["Budget jan–aug", "Utfall jan–aug", "Årsbudget", "Årsprognos"];
    const items = columns.map((column) => `Summa kostnader, ${column}: 4 tkr, raderna ger 3 tkr (+1 tkr)`);
    expect(tableOf(report, "shared").sumsNote).toBe(`Avrundat per cell: alla summor stämmer inte med de visade raderna. ${items.join("; ")}.`);
  });

  it("checks Total against Summa intäkter + Summa kostnader, and the committee's sums alone when its lines are hidden", () => {
    // Committee: 6,8 tkr of costs shows 7; Total 7 is Summa intäkter 0 + Summa kostnader 7: nothing to say.
    expect(tableOf(report, "total").rows.map((row) => row.values[0])).toEqual([0, 7, 7]);
    expect(tableOf(report, "total").sumsNote).toBeUndefined();
    // Borgholm's one line of 2,6 tkr shows 3, as do its sums.
    expect(tableOf(report, "own:Borgholm").sumsNote).toBeUndefined();
  });

  it("is written under its table on the sheet, as the note style", () => {
    const layout = layoutReport(report);
    const shared = tableOf(report, "shared");
    const note = layout.blocks.find((block) => block.values[0]?.[0] === shared.sumsNote)!;
    expect(note.style).toBe("note");
    const total = layout.blocks.find((block) => block.style === "total" && block.row < note.row && block.row > layout.blocks.find((b) => b.values[0]?.[0] === shared.title)!.row)!;
    expect(note.row).toBeGreaterThan(total.row);
  });

  it("is not there when the sums add up on the displayed rows, nor under controlled rounding", () => {
    const even = ledgerTable([["Licenser", "Gemensam", "Kostnad", 1000, 2000, 3000, 4000]]);
    expect(reportFromTables(workbook({ ledger: even }), { rounding: "per-cell" }).tables.map((table) => table.sumsNote)).toEqual([undefined, undefined]);
    expect(reportFromTables(workbook({ ledger })).tables.map((table) => table.sumsNote)).toEqual([undefined, undefined, undefined]);
  });

  it("leaves the contract's note to the 1-unit case: per-cell rounding keeps every figure within ½ unit", () => {
    expect(report.tables.map((table) => table.note)).toEqual([undefined, undefined, undefined]);
  });
});

describe("the per-cell note on generated ledgers", () => {
  /** Sum rows whose displayed figure is not what the displayed rows it adds give, worked out from the rows alone. */
  const sumsThatDiffer = (table: ReportTable): number =>
    table.rows.reduce((count, row) => {
      if (row.kind === "line") return count;
      const adds = row.kind === "total" ? table.rows.filter((other) => other.kind === "sum") : table.rows.filter((other) => other.kind === "line" && other.section === row.section);
      if (row.kind === "sum" && !table.rows.some((other) => other.kind === "line")) return count;
      return count + row.values.filter((shown, c) => shown !== adds.reduce((sum, other) => sum + other.values[c], 0)).length;
    }, 0);

  it("is there exactly when a displayed sum is not the sum of its displayed rows, naming each such sum once", () => {
    fc.assert(
      fc.property(ledgerArb, (generated) => {
        const report = reportOf({ ...generated, rounding: "per cell" });
        for (const table of report.tables) {
          const differing = sumsThatDiffer(table);
          if (differing === 0) expect(table.sumsNote).toBeUndefined();
          else expect(table.sumsNote?.split("; ")).toHaveLength(differing);
          expect(table.note).toBeUndefined();
        }
      }),
      { numRuns: 2000 }
    );
  });

  it("is never there under controlled rounding, whose sums add up as displayed", () => {
    fc.assert(
      fc.property(ledgerArb, (generated) => {
        const report = reportOf({ ...generated, rounding: "summor stämmer" });
        for (const table of report.tables) {
          expect(sumsThatDiffer(table)).toBe(0);
          expect(table.sumsNote).toBeUndefined();
        }
      }),
      { numRuns: 300 }
    );
  });
});
