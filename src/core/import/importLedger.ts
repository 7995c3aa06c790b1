import { Dec, toNumber } from "../decimal";
import { OitError, type Notice, type Where } from "../errors";
import { exactAmountOf, sharedTag, zeroAmount, type ExactAmount } from "../rules";
import { normalizeName } from "../workbook/names";
import { accountSection } from "../workbook/section";
import type { Ledger, LedgerRow } from "../workbook/types";
import { describeCodeString } from "./codeString";
import { columnNames } from "./exportColumns";
import { applyForecasts, lineKey } from "../workbook/forecasts";
import { EXCLUDED_TAG } from "./mapping/read";
import type { AmountColumn, CodeString, DraftRule, ExportData, ExportRow, Forecast, ImportedRow, ImportResult, Mapping, MappingRule, ReconciliationEntry } from "./types";

/** The amount columns a ledger cannot do without (workbook.md's Underlag): Utfall and Årsbudget. */
const REQUIRED: readonly AmountColumn[] = ["outcome", "annualBudget"];

function sourceWhere(data: ExportData): Where {
  return data.recognition.format === "xlsx" ? { table: data.recognition.source } : { file: data.recognition.source };
}

function checkAmountColumns(data: ExportData): void {
  const missing = REQUIRED.filter((column) => !data.amountColumns.includes(column));
  if (missing.length === 0) return;
  const found = data.recognition.columns.map((column) => column.header);
  throw new OitError("importMissingColumn", { columns: missing.map((column) => columnNames[column]), found }, sourceWhere(data));
}

/** A rule read without the key's parties (OIT.MAPPA's way) may name a party the key does not have. */
function checkAllocation(rule: MappingRule, parties: readonly string[]): string {
  if (rule.excluded) return EXCLUDED_TAG;
  const found = [sharedTag, ...parties].find((name) => normalizeName(name) === normalizeName(rule.allocation));
  if (found) return found;
  throw new OitError("mappingBadAllocation", { value: rule.allocation, allowed: [sharedTag, ...parties, EXCLUDED_TAG], row: rule.position, table: rule.where.table ?? "", sheet: rule.where.sheet ?? "", cell: "" }, rule.where);
}

function total(rows: readonly ExportRow[], column: AmountColumn): Dec {
  return rows.reduce((sum, row) => sum.plus(row.amounts[column] ?? 0), new Dec(0));
}

function reconcile(data: ExportData, mapped: readonly ExportRow[], excluded: readonly ExportRow[], unmapped: readonly ExportRow[]): ReconciliationEntry[] {
  return data.amountColumns.map((column) => ({
    column,
    export: total(data.rows, column),
    mapped: total(mapped, column),
    excluded: total(excluded, column),
    unmapped: total(unmapped, column),
  }));
}

/** Rules that took no code string: shadowed (earlier rules took all they match, the first named) or matching nothing. */
function ruleWarnings(mapping: Mapping, rows: readonly ExportRow[], winners: ReadonlyMap<ExportRow, MappingRule>, used: ReadonlySet<MappingRule>): Notice[] {
  const warnings: Notice[] = [];
  for (const rule of mapping.rules) {
    if (used.has(rule)) continue;
    const taken = rows.find((row) => mapping.matches(rule, row.codes));
    if (taken) {
      const by = winners.get(taken) as MappingRule;
      warnings.push({ code: "mappingRuleShadowed", params: { rule: rule.position, by: by.position, codes: describeCodeString(taken.codes) }, where: rule.where });
    } else warnings.push({ code: "mappingRuleUnused", params: { rule: rule.position }, where: rule.where });
  }
  return warnings;
}

/** A rule begun and not finished, named by its row and the codes it was begun for. */
function draftNotice(draft: DraftRule): Notice {
  return { code: "mappingDraftRule", params: { row: draft.position, table: draft.where.table ?? "", codes: describeCodeString(draft.patterns as CodeString) }, where: draft.where };
}

/**
 * Every unmapped code string is in `result.unmapped`; the error names the first with its amounts and counts the
 * rest, and then the drafts still to finish, so one message says all that stands between the export and a ledger.
 */
function unmappedError(unmapped: readonly ExportRow[], mapping: Mapping, drafts: readonly Notice[]): OitError {
  const first = unmapped[0];
  return new OitError(
    drafts.length > 0 ? "unmappedCodeStringsDrafts" : "unmappedCodeStrings",
    {
      codes: describeCodeString(first.codes),
      outcome: toNumber(first.amounts.outcome ?? new Dec(0)),
      annualBudget: toNumber(first.amounts.annualBudget ?? new Dec(0)),
      count: unmapped.length,
      more: unmapped.length - 1,
      table: mapping.where.table ?? "",
      drafts: drafts.length,
    },
    first.where,
    drafts
  );
}

/** Why an import gives no ledger: unmapped code strings (with the drafts), drafts alone, or null. */
function mappingProblem(unmapped: readonly ExportRow[], mapping: Mapping, drafts: readonly Notice[]): OitError | null {
  if (unmapped.length > 0) return unmappedError(unmapped, mapping, drafts);
  if (drafts.length > 0) return new OitError("mappingDrafts", { count: drafts.length, table: mapping.where.table ?? "" }, mapping.where, drafts);
  return null;
}

/** An imported amount as the ledger holds it: a column the export lacks is 0. */
function ledgerAmount(amount: Dec | undefined): ExactAmount {
  return amount ? exactAmountOf(amount) : zeroAmount;
}

function ledgerRowOf(row: ImportedRow, hasBudget: boolean): LedgerRow {
  return {
    line: row.line,
    allocation: row.allocation,
    section: row.section,
    budget: hasBudget ? ledgerAmount(row.amounts.budget) : null,
    outcome: ledgerAmount(row.amounts.outcome),
    annualBudget: ledgerAmount(row.amounts.annualBudget),
    forecast: ledgerAmount(row.amounts.forecast),
    where: row.where,
  };
}

/** Lines that get no forecast: the export has no Årsprognos and Prognos has no row for them. */
function linesWithoutForecast(mapped: readonly ImportedRow[], data: ExportData, forecasts: readonly Forecast[]): string[] {
  if (data.amountColumns.includes("forecast")) return [];
  const given = new Set(forecasts.map((forecast) => lineKey(forecast.line, forecast.allocation)));
  const missing = new Map<string, string>();
  for (const row of mapped) {
    const key = lineKey(row.line, row.allocation);
    if (!given.has(key)) missing.set(key, `${row.line} (${row.allocation})`);
  }
  return [...missing.values()];
}

/**
 * The export mapped by the rules (domain.md section 9): one ledger row per code string, the rows left out,
 * the unmapped code strings, the reconciliation per amount column and the warnings. A line's forecast comes
 * from `forecasts` (Prognos) when it has a row there, else from the export's Årsprognos.
 */
export function importLedger(data: ExportData, mapping: Mapping, parties: readonly string[], forecasts: readonly Forecast[] = []): ImportResult {
  checkAmountColumns(data);
  const mapped: ImportedRow[] = [];
  const excluded: ImportedRow[] = [];
  const unmapped: ExportRow[] = [];
  const winners = new Map<ExportRow, MappingRule>();
  const used = new Set<MappingRule>();
  for (const row of data.rows) {
    const rule = mapping.ruleFor(row.codes);
    if (!rule) {
      unmapped.push(row);
      continue;
    }
    winners.set(row, rule);
    used.add(rule);
    const imported: ImportedRow = { ...row, line: rule.line, allocation: checkAllocation(rule, parties), section: rule.section ?? accountSection(row.codes.account), rule: rule.position };
    (rule.excluded ? excluded : mapped).push(imported);
  }
  const result: ImportResult = {
    recognition: data.recognition,
    codeColumns: data.codeColumns,
    amountColumns: data.amountColumns,
    mapped,
    excluded,
    unmapped,
    reconciliation: reconcile(data, mapped, excluded, unmapped),
    warnings: ruleWarnings(mapping, data.rows, winners, used),
    drafts: mapping.drafts.map(draftNotice),
    ledger: null,
    problem: null,
  };
  const problem = mappingProblem(unmapped, mapping, result.drafts);
  if (problem) return { ...result, problem };
  const missing = linesWithoutForecast(mapped, data, forecasts);
  if (missing.length > 0) return { ...result, problem: new OitError("forecastMissing", { lines: missing, count: missing.length }, sourceWhere(data)) };
  const hasBudget = data.amountColumns.includes("budget");
  const { rows, warnings } = applyForecasts(mapped.map((row) => ledgerRowOf(row, hasBudget)), forecasts);
  const ledger: Ledger = { rows, where: sourceWhere(data), hasBudgetColumn: hasBudget, headerPeriod: data.recognition.period };
  return { ...result, warnings: [...result.warnings, ...warnings], ledger };
}

/** The ledger of an import, or its problem thrown (unmapped code strings: one message naming them and how many more). */
export function requireLedger(result: ImportResult): Ledger {
  if (result.ledger) return result.ledger;
  throw result.problem ?? new OitError("exportEmpty", { source: result.recognition.source });
}
