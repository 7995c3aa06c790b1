import { Dec } from "../src/core/decimal";
import { reportColumns } from "../src/core/report/columns";
import { roundControlled, roundPerCell, type ExactLine, type ExactPart } from "../src/core/rounding";
import { measure, report } from "./measure";
import { sequence } from "./sequence";

const LINES = 200;
const PARTS = 3;
const RUNS = 15;

/**
 * A ledger of 200 lines over 3 parts in tkr with öre (kr/1000 with 2 decimals), both signs,
 * both sections. A fixed linear congruential sequence keeps every run the same.
 */
function benchLedger(): ExactPart[] {
  const state = sequence(12345);
  const next = () => new Dec((state() % 2_000_000_000) - 1_000_000_000).div(100_000);
  const parts: ExactLine[][] = Array.from({ length: PARTS }, () => []);
  for (let i = 0; i < LINES; i++) {
    parts[i % PARTS].push({ section: i % 4 === 0 ? "revenue" : "cost", figures: { budget: next(), outcome: next(), annualBudget: next(), forecast: next() } });
  }
  return parts.map((lines) => ({ lines }));
}

/** `npm run bench` section: controlled rounding of a 200-line report over 3 parts, per-cell rounding as the reference. */
export function roundingBench(): string[] {
  const parts = benchLedger();
  const columns = reportColumns("jan–aug");
  const controlled = measure(`roundControlled: ${LINES} lines over ${PARTS} parts`, () => roundControlled(columns, parts), { runs: RUNS });
  const perCell = measure(`roundPerCell (same ledger)`, () => roundPerCell(columns, parts), { runs: RUNS });
  return [report(controlled, perCell), report(perCell)];
}
