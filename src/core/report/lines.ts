import type { Dec } from "../decimal";
import { locate } from "../errors";
import { periodBudget } from "../rules";
import { nameNormalizer, normalizeName } from "../workbook/names";
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
  budget: Dec | null;
  outcome: Dec;
  annualBudget: Dec;
  forecast: Dec;
}

/**
 * Sums the ledger per (Rad, Fördelning, section) in first-seen order. Summing before any conversion keeps the
 * Decimal work per row to four additions. A Rad that holds both revenue and cost rows stays two lines, one in
 * each section, so nothing is netted away unseen.
 */
function sumLines(rows: readonly LedgerRow[]): LineSum[] {
  const sums = new Map<string, LineSum>();
  const normal = nameNormalizer();
  for (const row of rows) {
    const id = `${row.allocation}\u0000${row.section}\u0000${normal(row.line)}`;
    const sum = sums.get(id);
    if (!sum) {
      sums.set(id, { first: row, budget: row.budget, outcome: row.outcome, annualBudget: row.annualBudget, forecast: row.forecast });
      continue;
    }
    sum.budget = sum.budget && row.budget && sum.budget.plus(row.budget);
    sum.outcome = sum.outcome.plus(row.outcome);
    sum.annualBudget = sum.annualBudget.plus(row.annualBudget);
    sum.forecast = sum.forecast.plus(row.forecast);
  }
  return [...sums.values()];
}

/** The period budget (domain.md section 5) of a line without a Budget column: linear, or by the line's profile. */
function budgetOf(sum: LineSum, throughMonth: number, profiles: ReadonlyMap<string, Profile>): Dec {
  if (sum.budget) return sum.budget;
  const profile = profiles.get(normalizeName(sum.first.line));
  try {
    return periodBudget(sum.annualBudget, throughMonth, profile?.weights ?? null);
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
    outcome: sum.outcome.times(factor),
    annualBudget: sum.annualBudget.times(factor),
    forecast: sum.forecast.times(factor),
  }));
}
