import fc from "fast-check";
import { Dec } from "../../../src/core/decimal";
import { parseAmount } from "../../../src/core/input";
import { reportLines } from "../../../src/core/report/lines";
import { readLedger, readLedgerLines, readSettings } from "../../../src/core/workbook";
import { summedLedger } from "../../../src/core/workbook/lineSums";
import { normalizeName } from "../../../src/core/workbook/names";
import type { SummedLedger, TableData } from "../../../src/core/workbook/types";
import { ledgerCellArb } from "../rules/arbitraries";
import { problemsOf } from "../../../src/core/problems";
import { errorOf, ledgerTable, settingsTable, standardSettings } from "./fixtures";

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

/** The two ways the report gets its summed ledger: the table's rows added to their lines as read, and a ledger of rows summed. */
const readers: [string, (table: TableData) => Omit<SummedLedger, "rows">][] = [
  ["readLedgerLines", (table) => readLedgerLines(table, parties)],
  ["summedLedger(readLedger)", (table) => summedLedger(readLedger(table, parties))],
];

describe.each(readers)("reportLines over %s: the ledger summed per line", (_name, read) => {
  test("property: each line's figures are the exact Decimal sums of its rows, near and past 2^53 and at ten decimals", () => {
    fc.assert(
      fc.property(ledgerRowsArb, (rows) => {
        const ledger = read(ledgerTable(rows.map(([line, allocation, type, cells]) => [line, allocation, type, ...cells])));
        const lines = reportLines({ ...ledger, rows: () => [] }, settings, []);
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

describe("readLedgerLines: the rows added to their lines as they are read", () => {
  /** Mostly good values, now and then a bad one: text for an amount, an Excel error, an unknown party or Typ, a blank Rad. */
  const mostly = (good: fc.Arbitrary<unknown>, ...bad: unknown[]) => fc.oneof({ weight: 12, arbitrary: good }, { weight: 1, arbitrary: fc.constantFrom(...bad) });
  const rowArb = fc.tuple(
    mostly(fc.constantFrom("Licenser", "licenser ", "Personal"), null),
    mostly(fc.constantFrom("Gemensam", "Mörbylånga"), "Kalmar"),
    mostly(fc.constantFrom("Intäkt", "Kostnad", null), "Utgift"),
    fc.array(mostly(ledgerCellArb, "tolv", "#N/A"), { minLength: 4, maxLength: 4 })
  );
  const described = (error: unknown) => problemsOf(error).map(({ code, params, where }) => ({ code, params, where }));

  test("property: the same lines, places and exact sums as the rows summed, and for a bad ledger the same problems thrown", () => {
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 12 }), (rows) => {
        const table = ledgerTable(rows.map(([line, allocation, type, cells]) => [line, allocation, type, ...cells]));
        let fromRows: Omit<SummedLedger, "rows">;
        try {
          fromRows = summedLedger(readLedger(table, parties));
        } catch (error) {
          expect(described(errorOf(() => readLedgerLines(table, parties)))).toEqual(described(error));
          return;
        }
        const { rows: _rows, ...summed } = fromRows as SummedLedger;
        expect(readLedgerLines(table, parties)).toEqual(summed);
      }),
      { numRuns: 2000 }
    );
  });
});
