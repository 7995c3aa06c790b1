import fc from "fast-check";
import { Dec } from "../../../src/core/decimal";
import { parseAmount } from "../../../src/core/input";
import { reportLines } from "../../../src/core/report/lines";
import { readLedger, readSettings } from "../../../src/core/workbook";
import { normalizeName } from "../../../src/core/workbook/names";
import { ledgerCellArb } from "../rules/arbitraries";
import { ledgerTable, settingsTable, standardSettings } from "./fixtures";

const parties = ["Borgholm", "Mörbylånga"];
const settings = readSettings(settingsTable({ ...standardSettings, "Enhet i rapporten": "kr" }));
const figures = ["budget", "outcome", "annualBudget", "forecast"] as const;

/** Ledger rows over a few lines, Rad spelled in more than one way, and every kind of amount cell. */
const ledgerRowsArb = fc.array(
  fc.tuple(fc.constantFrom("Licenser", "licenser ", "Personal"), fc.constantFrom("Gemensam", "Mörbylånga"), fc.constantFrom("Intäkt", "Kostnad"), fc.array(ledgerCellArb, { minLength: 4, maxLength: 4 })),
  { minLength: 1, maxLength: 25 }
);

/** The lines as Decimal sums of each cell read by parseAmount, in first-seen order: the reference. */
function referenceLines(rows: readonly [string, string, string, unknown[]][]): Map<string, Dec[]> {
  const lines = new Map<string, Dec[]>();
  for (const [line, allocation, type, cells] of rows) {
    const id = [allocation, type === "Intäkt" ? "revenue" : "cost", normalizeName(line)].join("|");
    const sums = lines.get(id) ?? figures.map(() => new Dec(0));
    lines.set(id, sums.map((sum, i) => sum.plus(parseAmount(cells[i]))));
  }
  return lines;
}

describe("reportLines: the ledger summed per line", () => {
  test("property: each line's figures are the exact Decimal sums of its rows, near and past 2^53 and at ten decimals", () => {
    fc.assert(
      fc.property(ledgerRowsArb, (rows) => {
        const ledger = readLedger(ledgerTable(rows.map(([line, allocation, type, cells]) => [line, allocation, type, ...cells])), parties);
        const lines = reportLines(ledger, settings, []);
        const reference = referenceLines(rows);
        expect(lines.map((line) => [line.allocation, line.section, normalizeName(line.label)].join("|"))).toEqual([...reference.keys()]);
        lines.forEach((line, i) => {
          const sums = [...reference.values()][i];
          figures.forEach((figure, f) => expect(line[figure].toFixed()).toBe(sums[f].toFixed()));
        });
      }),
      { numRuns: 2000 }
    );
  });
});
