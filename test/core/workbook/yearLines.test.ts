// issue 12, performance: the report reads the ledger summed per line; Prognos must land on the same lines as on the rows.
import fc from "fast-check";
import { readYearInputs, readYearLines } from "../../../src/core/workbook/yearInputs";
import { summedLedger } from "../../../src/core/workbook/lineSums";
import { ledgerTable, table, workbook } from "../report/fixtures";

const rad = fc.constantFrom("Licenser", "licenser ", "Personal", "Drift");
const allocation = fc.constantFrom("Gemensam", "Borgholm", "mörbylånga");
/** Rows over few lines, a Rad now and then in both sections, amounts in kr with öre. */
const ledgerRows = fc.array(fc.tuple(rad, allocation, fc.constantFrom("Intäkt", "Kostnad"), fc.array(fc.integer({ min: -1e9, max: 1e9 }).map((ore) => ore / 100), { minLength: 4, maxLength: 4 })), {
  minLength: 1,
  maxLength: 20,
});
/** Prognos rows, each line at most once (some naming no line of the ledger). */
const forecastRows = fc.uniqueArray(fc.tuple(fc.constantFrom("Licenser", "Personal", "Drift", "Okänd"), fc.constantFrom("Gemensam", "Borgholm", "Mörbylånga"), fc.integer({ min: -1e9, max: 1e9 }).map((ore) => ore / 100)), {
  selector: ([line, tag]) => `${line}|${tag.toLowerCase()}`,
  maxLength: 6,
});

describe("readYearLines: the ledger summed per line with Prognos taken per line", () => {
  test("property: the same lines, sums, places and warnings as readYearInputs' rows summed, and the same rows behind them", () => {
    fc.assert(
      fc.property(ledgerRows, forecastRows, (rows, forecasts) => {
        const tables = workbook({
          ledger: ledgerTable(rows.map(([line, tag, type, amounts]) => [line, tag, type, ...amounts])),
          extra: [table("Prognos", ["Rad", "Fördelning", "Årsprognos"], forecasts, "Prognos", { row: 1, column: 0 })],
        });
        const byRows = readYearInputs(tables);
        const byLines = readYearLines(tables);
        const { rows: behind, ...summed } = summedLedger(byRows.ledger);
        const { rows: behindLines, ...read } = byLines.ledger;
        expect(read).toEqual(summed);
        expect(byLines.ledgerWarnings).toEqual(byRows.ledgerWarnings);
        expect(behindLines()).toEqual(behind());
      }),
      { numRuns: 2000 }
    );
  });
});
