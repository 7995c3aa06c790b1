import { reportFromTables } from "../src/core/report";
import type { TableData } from "../src/core/workbook/types";
import { measure, report } from "./measure";
import { sequence } from "./sequence";

const ROWS = 100_000;
const LINES = 200;
const PARTIES = ["Borgholm", "Mörbylånga"];

/**
 * A workbook whose ledger has 100 000 rows over 200 lines (shared and own, both sections) in kr with öre,
 * both signs: 700 000 cells, as a host would hand them over. A fixed sequence keeps every run the same.
 */
function benchTables(): TableData[] {
  const next = sequence(4711);
  const kronor = () => ((next() % 20_000_000) - 10_000_000) / 100;
  const allocations = ["Gemensam", "Gemensam", ...PARTIES];
  const rows = Array.from({ length: ROWS }, (_, i) => {
    const line = i % LINES;
    return [`Rad ${line}`, allocations[line % allocations.length], line % 5 === 0 ? "Intäkt" : "Kostnad", kronor(), kronor(), kronor(), kronor()];
  });
  return [
    {
      name: "Inställningar",
      sheet: "Inställningar",
      headers: ["Inställning", "Värde"],
      rows: [["Värdkommun", "Borgholm"], ["År", 2027], ["Period t.o.m. månad", 8], ["Enhet i underlaget", "kr"], ["Enhet i rapporten", "tkr"]],
    },
    { name: "Fördelningsnycklar", sheet: "Inställningar", headers: ["År", "Part", "Användare", "Andel"], rows: [[2027, PARTIES[0], 1700, null], [2027, PARTIES[1], 2100, null]] },
    { name: "Underlag", sheet: "Underlag", headers: ["Rad", "Fördelning", "Typ", "Budget", "Utfall", "Årsbudget", "Årsprognos"], rows, origin: { row: 1, column: 0 } },
  ];
}

/** `reportFromTables` on the 100 000-row ledger (goal: under 1 s), median of several runs. */
export function benchReport(): string[] {
  const tables = benchTables();
  return [report(measure("reportFromTables, 100 000 rows × 7 columns, 200 lines", () => reportFromTables(tables), { runs: 5, warmups: 1 }))];
}
