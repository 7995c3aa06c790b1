import type { Dec } from "../decimal";
import { locate } from "../errors";
import { amountToDec, periodBudget } from "../rules";
import { normalizeName } from "../workbook/names";
import type { LedgerLine, Profile, Section, Settings, SummedLedger } from "../workbook/types";
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

/** The period budget (domain.md section 5) of a line without a Budget column: linear, or by the line's profile. */
function budgetOf(line: LedgerLine, throughMonth: number, profiles: ReadonlyMap<string, Profile>): Dec {
  if (line.budget) return amountToDec(line.budget);
  const profile = profiles.get(normalizeName(line.line));
  try {
    return periodBudget(amountToDec(line.annualBudget), throughMonth, profile?.weights ?? null);
  } catch (error) {
    throw locate(error, profile?.where ?? line.where);
  }
}

/**
 * The ledger's lines (summed exactly on integers, LineSums) in the report's unit: Decimal is built once per line
 * and figure, not per cell.
 */
export function reportLines(ledger: SummedLedger, settings: Settings, profiles: readonly Profile[]): ReportLine[] {
  const factor = unitFactor(settings.inputUnit, settings.reportUnit);
  const profileOf = new Map(profiles.map((profile) => [normalizeName(profile.line), profile]));
  return ledger.lines.map((line) => ({
    label: line.line,
    allocation: line.allocation,
    section: line.section,
    budget: budgetOf(line, settings.throughMonth, profileOf).times(factor),
    outcome: amountToDec(line.outcome).times(factor),
    annualBudget: amountToDec(line.annualBudget).times(factor),
    forecast: amountToDec(line.forecast).times(factor),
  }));
}
