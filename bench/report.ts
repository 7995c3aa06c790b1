import { reportFromTables } from "../src/core/report";
import type { TableData } from "../src/core/workbook/types";
import { measure, report } from "./measure";
import { sequence } from "./sequence";

const ROWS = 100_000;
const LINES = 200;
const PARTIES = ["Borgholm", "Mörbylånga"];
const LEDGER_HEADERS = ["Rad", "Fördelning", "Typ", "Budget", "Utfall", "Årsbudget", "Årsprognos"];

/** Kronor with öre, both signs, up to 100 000 kr: a fixed sequence keeps every run the same. */
function kronorFrom(seed: number): () => number {
  const next = sequence(seed);
  return () => ((next() % 20_000_000) - 10_000_000) / 100;
}

/** The settings, and a key of the given parties (users 1700, 1800, …), as a host hands them over. */
function settingsTables(parties: readonly string[]): TableData[] {
  return [
    {
      name: "Inställningar",
      sheet: "Inställningar",
      headers: ["Inställning", "Värde"],
      rows: [["Värdkommun", parties[0]], ["År", 2027], ["Period t.o.m. månad", 8], ["Enhet i underlaget", "kr"], ["Enhet i rapporten", "tkr"]],
    },
    { name: "Fördelningsnycklar", sheet: "Inställningar", headers: ["År", "Part", "Användare", "Andel"], rows: parties.map((party, i) => [2027, party, 1700 + 100 * i, null]) },
  ];
}

/** A workbook whose ledger has `rows` rows over `lines` lines, allocated in turn to the given tags, every fifth line revenue. */
function ledgerWorkbook(parties: readonly string[], allocations: readonly string[], rows: number, lines: number, seed: number): TableData[] {
  const kronor = kronorFrom(seed);
  const ledger = Array.from({ length: rows }, (_, i) => {
    const line = i % lines;
    return [`Rad ${line}`, allocations[line % allocations.length], line % 5 === 0 ? "Intäkt" : "Kostnad", kronor(), kronor(), kronor(), kronor()];
  });
  return [...settingsTables(parties), { name: "Underlag", sheet: "Underlag", headers: LEDGER_HEADERS, rows: ledger, origin: { row: 1, column: 0 } }];
}

/** 100 000 rows over 200 lines (shared and own, both sections) in kr with öre: 700 000 cells. */
function largeLedger(): TableData[] {
  return ledgerWorkbook(PARTIES, ["Gemensam", "Gemensam", ...PARTIES], ROWS, LINES, 4711);
}

/** 5 000 rows, every one its own line (the import's many-line ledgers): the rounding's size, not the reading's. */
function distinctLines(): TableData[] {
  return ledgerWorkbook(PARTIES, ["Gemensam", "Gemensam", "Gemensam", ...PARTIES], 5_000, 5_000, 99);
}

/** 40 parties, each with own lines (and the shared part): 1 200 rows over 400 lines. */
function manyParties(): TableData[] {
  const parties = Array.from({ length: 40 }, (_, i) => `Kommun ${i + 1}`);
  return ledgerWorkbook(parties, ["Gemensam", ...parties], 1_200, 410, 7);
}

/**
 * The speed reference for reading and summing the ledger: the same table's rows summed per line (Fördelning,
 * Typ, Rad) in plain numbers, as a quick hand-written version would. Binary floats, so not exact: a yardstick.
 */
function plainNumberLines(tables: readonly TableData[]): Map<string, number[]> {
  const ledger = tables.find((table) => table.name === "Underlag");
  if (!ledger) throw new Error("no Underlag");
  const [line, allocation, type, ...figures] = LEDGER_HEADERS.map((header) => ledger.headers.indexOf(header));
  const lines = new Map<string, number[]>();
  for (const row of ledger.rows) {
    const id = `${String(row[allocation])}\u0000${String(row[type])}\u0000${String(row[line])}`;
    let sums = lines.get(id);
    if (!sums) lines.set(id, (sums = figures.map(() => 0)));
    for (let f = 0; f < figures.length; f++) sums[f] += row[figures[f]] as number;
  }
  return lines;
}

/** The report with controlled rounding against the same report rounded per cell (the rounding's own cost), median of several runs. */
function roundingRatio(name: string, tables: readonly TableData[]): string[] {
  const perCell = measure(`${name}, per-cell rounding`, () => reportFromTables(tables, { rounding: "per-cell" }), { runs: 5, warmups: 1 });
  const controlled = measure(`${name}, controlled rounding`, () => reportFromTables(tables), { runs: 5, warmups: 1 });
  return [report(controlled, perCell), report(perCell)];
}

/**
 * `reportFromTables` on the large ledger against the plain-number sum of the same table (issue 12's goals:
 * under 100 ms, under 3×), on 5 000 distinct lines and on 40 parties with own lines (goals: under 1 s each;
 * issue 7 measured 12 s and 110 s).
 */
export function benchReport(): string[] {
  const large = largeLedger();
  const options = { runs: 11, warmups: 3 };
  const engine = measure("reportFromTables, 100 000 rows × 7 columns, 200 lines", () => reportFromTables(large), options);
  const plain = measure("plain-number sum per line of the same table", () => plainNumberLines(large), options);
  return [
    report(engine, plain),
    report(plain),
    ...roundingRatio("reportFromTables, 5 000 distinct lines", distinctLines()),
    ...roundingRatio("reportFromTables, 40 parties with own lines (410 lines)", manyParties()),
  ];
}
