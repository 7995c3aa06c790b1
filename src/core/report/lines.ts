import type { Dec } from "../decimal";
import { locate } from "../errors";
import { AmountSum, amountToDec, periodBudget } from "../rules";
import { normalizeName } from "../workbook/names";
import type { Ledger, LedgerRow, Profile, Section, Settings } from "../workbook/types";
import { unitFactor } from "../workbook/unitFactor";

/** One line of a report table: the ledger rows with the same Rad, Fördelning and section, summed, in the report's unit. */
export interface ReportLine {
  label: string;
  allocation: string;
  section: Section;
  budget: Dec;
  outcome: Dec;
  annualBudget: Dec;
  forecast: Dec;
}

interface LineSum {
  first: LedgerRow;
  budget: AmountSum | null;
  outcome: AmountSum;
  annualBudget: AmountSum;
  forecast: AmountSum;
}

function lineSum(first: LedgerRow): LineSum {
  return { first, budget: first.budget && new AmountSum(), outcome: new AmountSum(), annualBudget: new AmountSum(), forecast: new AmountSum() };
}

function addRow(sum: LineSum, row: LedgerRow): void {
  if (sum.budget) {
    if (row.budget) sum.budget.add(row.budget);
    else sum.budget = null;
  }
  sum.outcome.add(row.outcome);
  sum.annualBudget.add(row.annualBudget);
  sum.forecast.add(row.forecast);
}

/** The lines of one Rad, by Fördelning and section. */
type RadLines = Map<string, Partial<Record<Section, LineSum>>>;

/**
 * The lines of a Rad by its text as typed: each distinct text is normalised once (names.ts) and then found by
 * the string itself, so a ledger row costs map lookups of strings V8 has already hashed, not a key built per row.
 */
function radLinesByText(): (text: string) => RadLines {
  const byText = new Map<string, RadLines>();
  const byName = new Map<string, RadLines>();
  return (text) => {
    let lines = byText.get(text);
    if (lines === undefined) {
      const name = normalizeName(text);
      lines = byName.get(name) ?? new Map();
      byName.set(name, lines);
      byText.set(text, lines);
    }
    return lines;
  };
}

/**
 * Sums the ledger per (Rad, Fördelning, section) in first-seen order, exactly, on the integers the ledger was
 * read to (AmountSum): Decimal is built once per line and figure, not per cell. A Rad that holds both revenue
 * and cost rows stays two lines, one in each section, so nothing is netted away unseen.
 */
function sumLines(rows: readonly LedgerRow[]): LineSum[] {
  const lines: LineSum[] = [];
  const radLines = radLinesByText();
  for (const row of rows) {
    const byAllocation = radLines(row.line);
    let bySection = byAllocation.get(row.allocation);
    if (bySection === undefined) byAllocation.set(row.allocation, (bySection = {}));
    let sum = bySection[row.section];
    if (sum === undefined) lines.push((bySection[row.section] = sum = lineSum(row)));
    addRow(sum, row);
  }
  return lines;
}

function decOf(sum: AmountSum): Dec {
  return amountToDec(sum.total());
}

/** The period budget (domain.md section 5) of a line without a Budget column: linear, or by the line's profile. */
function budgetOf(sum: LineSum, throughMonth: number, profiles: ReadonlyMap<string, Profile>): Dec {
  if (sum.budget) return decOf(sum.budget);
  const profile = profiles.get(normalizeName(sum.first.line));
  try {
    return periodBudget(decOf(sum.annualBudget), throughMonth, profile?.weights ?? null);
  } catch (error) {
    throw locate(error, profile?.where ?? sum.first.where);
  }
}

export function reportLines(ledger: Ledger, settings: Settings, profiles: readonly Profile[]): ReportLine[] {
  const factor = unitFactor(settings.inputUnit, settings.reportUnit);
  const profileOf = new Map(profiles.map((profile) => [normalizeName(profile.line), profile]));
  return sumLines(ledger.rows).map((sum) => ({
    label: sum.first.line,
    allocation: sum.first.allocation,
    section: sum.first.section,
    budget: budgetOf(sum, settings.throughMonth, profileOf).times(factor),
    outcome: decOf(sum.outcome).times(factor),
    annualBudget: decOf(sum.annualBudget).times(factor),
    forecast: decOf(sum.forecast).times(factor),
  }));
}
