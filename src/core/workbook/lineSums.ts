import type { Where } from "../errors";
import { AmountSum } from "../rules/amountSum";
import type { ExactAmount } from "../rules/exactAmount";
import { normalizeName } from "./names";
import type { Ledger, LedgerLine, LedgerRow, Section, SummedLedger } from "./types";

/** A line being summed: its first row's Rad, Fördelning, section and place, and a running sum per figure. */
export interface LineSum {
  line: string;
  allocation: string;
  section: Section;
  where: Where;
  /** null when the ledger has no Budget column. */
  budget: AmountSum | null;
  outcome: AmountSum;
  annualBudget: AmountSum;
  forecast: AmountSum;
}

/** The lines of one Rad, by Fördelning and section. */
type RadLines = Map<string, Partial<Record<Section, LineSum>>>;

/**
 * The ledger's lines (Rad by the name rule, Fördelning, section) summed in first-seen order, exactly, on the
 * integers the amounts were read to (AmountSum). A Rad is found by its text as typed: each distinct text is
 * normalised once and then found by the string itself, so a ledger row costs map lookups of strings V8 has
 * already hashed, not a key built per row. A Rad that holds both revenue and cost rows stays two lines, one in
 * each section, so nothing is netted away unseen.
 */
export class LineSums {
  private readonly sums: LineSum[] = [];
  private readonly byText = new Map<string, RadLines>();
  private readonly byName = new Map<string, RadLines>();

  /** The line's sum, or undefined before its first row. */
  find(line: string, allocation: string, section: Section): LineSum | undefined {
    return this.radLines(line).get(allocation)?.[section];
  }

  /** A new line, begun by its first row (at `where`). */
  begin(line: string, allocation: string, section: Section, where: Where, hasBudget: boolean): LineSum {
    const sum: LineSum = { line, allocation, section, where, budget: hasBudget ? new AmountSum() : null, outcome: new AmountSum(), annualBudget: new AmountSum(), forecast: new AmountSum() };
    const byAllocation = this.radLines(line);
    let bySection = byAllocation.get(allocation);
    if (bySection === undefined) byAllocation.set(allocation, (bySection = {}));
    bySection[section] = sum;
    this.sums.push(sum);
    return sum;
  }

  /** The lines with their totals. */
  lines(): LedgerLine[] {
    return this.sums.map((sum) => ({
      line: sum.line,
      allocation: sum.allocation,
      section: sum.section,
      budget: sum.budget && sum.budget.total(),
      outcome: sum.outcome.total(),
      annualBudget: sum.annualBudget.total(),
      forecast: sum.forecast.total(),
      where: sum.where,
    }));
  }

  private radLines(text: string): RadLines {
    let lines = this.byText.get(text);
    if (lines === undefined) {
      const name = normalizeName(text);
      lines = this.byName.get(name) ?? new Map();
      this.byName.set(name, lines);
      this.byText.set(text, lines);
    }
    return lines;
  }
}

/** A row's budget added to its line's; a row without one (no Budget column) leaves the line without it. */
function addBudget(sum: LineSum, budget: ExactAmount | null): void {
  if (!sum.budget) return;
  if (budget) sum.budget.add(budget);
  else sum.budget = null;
}

/** Ledger rows summed per line (LineSums). */
function sumRows(rows: readonly LedgerRow[]): LedgerLine[] {
  const sums = new LineSums();
  for (const row of rows) {
    const sum = sums.find(row.line, row.allocation, row.section) ?? sums.begin(row.line, row.allocation, row.section, row.where, row.budget !== null);
    addBudget(sum, row.budget);
    sum.outcome.add(row.outcome);
    sum.annualBudget.add(row.annualBudget);
    sum.forecast.add(row.forecast);
  }
  return sums.lines();
}

/** A ledger of rows (an import's, or one whose rows were changed) summed per line, as the report reads it. */
export function summedLedger(ledger: Ledger): SummedLedger {
  const { rows, ...about } = ledger;
  return { ...about, lines: sumRows(rows), rows: () => rows };
}
