import type { Dec } from "../decimal";
import type { Notice } from "../errors";
import { describe } from "../messages";
import { committeeLabels, inCommitteeOrder, partsOf, type DeclaredLine, type Part } from "../report/parts";
import { COMMITTEE_TITLE } from "../report/labels";
import { roundParts } from "../report/declared";
import { reportTable } from "../report/rows";
import { inColumnOrder, type Column, type Figures, type RoundedReport } from "../rounding";
import { financingLines } from "../workbook/financing";
import { KEYS_TABLE, readKeys } from "../workbook/keys";
import { lineKey } from "../workbook/forecasts";
import { sameName } from "../workbook/names";
import { settingsOf } from "../workbook/settings";
import { findOptionalTable, findTable } from "../workbook/tables";
import type { KeyEntry, Rounding, Settings, TableData, Unit } from "../workbook/types";
import { unitFactor } from "../workbook/unitFactor";
import { keyOfColumn, type KeyOfColumn } from "./keyYear";
import type { FinancingCheck, PlanPriorities, PlanReport } from "./planTypes";
import { PLAN_TABLE, PRIORITIES_TABLE, readBudgetPlan, readPriorities } from "./readPlan";
import { columnSplit, splitSentence, type ColumnSplit } from "./split";
import type { BudgetPlan, Priorities, YearColumn } from "./types";

export interface PlanOverrides {
  unit?: Unit;
  rounding?: Rounding;
}

/** The tables planFromTables reads. */
export const PLAN_TABLES = ["Inställningar", KEYS_TABLE, PLAN_TABLE, PRIORITIES_TABLE];

/** Every party of any year's key, in the order the key table first names them. */
function partiesOf(entries: readonly KeyEntry[]): string[] {
  const parties: string[] = [];
  for (const entry of entries) if (!parties.some((party) => sameName(party, entry.party))) parties.push(entry.party);
  return parties;
}

/** One column per year, each the line's amount of its year, no differences: rounded as any declared table. */
function yearColumnsOf(columns: readonly YearColumn[]): Column[] {
  return columns.map((column) => ({ id: String(column.year), header: column.header, rule: { figure: String(column.year) } }));
}

/** Rows with the same Rad, Fördelning and section are one line, as in the ledger; its figures by year column. */
function columnLines(plan: { rows: readonly { line: string; allocation: string; section: DeclaredLine["section"]; amounts: readonly Dec[] }[] }, columns: readonly Column[], factor: Dec): DeclaredLine[] {
  const lines = new Map<string, DeclaredLine>();
  for (const row of plan.rows) {
    const id = `${row.section}\u0000${lineKey(row.line, row.allocation)}`;
    const known = lines.get(id)?.figures;
    const figures = Object.fromEntries(columns.map((column, i) => [column.id, known ? known[column.id].plus(row.amounts[i].times(factor)) : row.amounts[i].times(factor)]));
    lines.set(id, { label: row.line, allocation: row.allocation, section: row.section, figures });
  }
  return [...lines.values()];
}

/** The parts (shared first, then each party's own) and their tables of the year columns, rounded together. */
interface ColumnTables {
  parts: Part[];
  report: RoundedReport;
}

function roundColumns(lines: readonly DeclaredLine[], columns: readonly Column[], parties: readonly string[], rounding: Rounding): ColumnTables {
  const parts = inCommitteeOrder(partsOf(lines, parties));
  return { parts, report: roundParts(columns, parts, rounding) };
}

/** The financing check of each party a host's financing line names, per year column, on the displayed figures. */
function financingChecks(host: string, parties: readonly string[], columns: readonly Column[], rounded: ColumnTables, splits: readonly ColumnSplit[]): FinancingCheck[] {
  const hostPart = rounded.parts.findIndex((part) => part.party === host);
  const anyFinancing = financingLines(host, parties);
  const shownSum = (p: number, column: string, take: (line: (typeof rounded.parts)[number]["lines"][number]) => boolean) =>
    p < 0 ? 0 : rounded.parts[p].lines.reduce((sum, line, i) => (take(line) ? sum + Number(rounded.report.parts[p].lines[i][column]) : sum), 0);
  return parties.flatMap((party) => {
    const names = financingLines(host, [party]);
    const toLine = (line: { label: string; allocation: string; section: "revenue" | "cost" }) => ({ line: line.label, allocation: line.allocation, section: line.section });
    if (hostPart < 0 || !rounded.parts[hostPart].lines.some((line) => names(toLine(line)))) return [];
    const own = rounded.parts.findIndex((part) => part.party === party);
    return columns.map((column, c): FinancingCheck => {
      const financing = -shownSum(hostPart, column.id, (line) => names(toLine(line)));
      const ownTotal = own < 0 ? 0 : Number(rounded.report.parts[own].total[column.id]);
      // The host's own table holds the financing lines themselves: they are what is checked, not an own cost.
      const ownCost = ownTotal - (own === hostPart ? shownSum(hostPart, column.id, (line) => anyFinancing(toLine(line))) : 0);
      const share = splits[c].parts.find((part) => part.party === party)?.amount ?? 0;
      const expected = share + ownCost;
      return { column: column.header, party, financing, expected, difference: financing - expected };
    });
  });
}

function financingNotice(check: FinancingCheck, unit: Unit): Notice {
  return { code: "financingDiffers", params: { party: check.party, column: check.column, budget: check.financing, expected: check.expected, difference: check.difference, unit }, where: { table: PLAN_TABLE } };
}

/** Prioriteringar: every proposal, their total and the shared ones' total (rounded as the plan), the shared split by each year's key. */
function prioritiesOf(priorities: Priorities, factor: Dec, parties: readonly string[], settings: Settings, keyOf: (column: YearColumn) => KeyOfColumn): PlanPriorities {
  // A proposal is a change, not revenue or cost: every one in one section, so the total is their plain sum.
  const columns = yearColumnsOf(priorities.columns);
  const lines = columnLines({ rows: priorities.rows.map((row) => ({ ...row, section: "cost" as const })) }, columns, factor);
  const { parts, report: rounded } = roundColumns(lines, columns, parties, settings.rounding);
  const shown = (figures: Figures<bigint>) => inColumnOrder(columns, figures).map(Number);
  const shared = shown(rounded.parts[0].total);
  const splits = priorities.columns.map((column, c) => columnSplit(column, shared[c], keyOf(column)));
  const shownOf = new Map(parts.flatMap((part, p) => part.lines.map((line, i) => [line, shown(rounded.parts[p].lines[i])] as const)));
  return {
    columns: priorities.columns.map((column) => column.header),
    rows: parts.flatMap((part) => part.lines).map((line) => ({ label: line.label, allocation: line.allocation, values: shownOf.get(line) ?? [] })),
    total: shown(rounded.committee.total),
    shared,
    parts: parties.map((party) => ({ party, values: splits.map((split) => split.parts.find((part) => part.party === party)?.amount ?? 0) })),
  };
}

/**
 * The budget and plan (workbook.md "Budget and plan", domain.md section 10) from a workbook's tables: the
 * committee, the shared part and each party's own part with one column per year, rounded as the report; the
 * shared Total of each year split by that year's key (the latest decided at or before it, the caption says
 * which); the priorities; and the financing lines checked against what the key gives.
 */
export function planFromTables(tables: readonly TableData[], overrides: PlanOverrides = {}): PlanReport {
  const settings = settingsOf(tables, { ...(overrides.unit && { reportUnit: overrides.unit }), ...(overrides.rounding && { rounding: overrides.rounding }) });
  const entries = readKeys(findTable(tables, KEYS_TABLE));
  const parties = partiesOf(entries);
  const host = parties.find((party) => sameName(party, settings.host)) ?? settings.host;
  const plan: BudgetPlan = readBudgetPlan(findTable(tables, PLAN_TABLE), parties);
  const factor = unitFactor(settings.inputUnit, settings.reportUnit);
  const unit = settings.reportUnit;
  const keys = new Map<number, KeyOfColumn>();
  const keyOf = (column: YearColumn, table: string) => {
    const known = keys.get(column.year);
    if (known) return known;
    const key = keyOfColumn(entries, column, table, settings.keyDecimals);
    keys.set(column.year, key);
    return key;
  };
  const columns = yearColumnsOf(plan.columns);
  const rounded = roundColumns(columnLines(plan, columns, factor), columns, parties, settings.rounding);
  // The tables first: a figure no cell can hold is refused there, by name, before any sum of figures.
  const partTables = rounded.parts.map((part, p) => reportTable({ id: part.id, title: part.title, columns, labels: part.lines, rounding: settings.rounding, unit }, rounded.report.parts[p], rounded.report.exact.parts[p]));
  const splits = plan.columns.map((column, c) => columnSplit(column, Number(rounded.report.parts[0].total[columns[c].id]), keyOf(column, PLAN_TABLE)));
  const [shared, ...own] = partTables;
  const caption = splits.map((split, c) => splitSentence(split, plan.columns[c].year, unit, settings.keyDecimals)).join(" ");
  const committee = reportTable({ id: "total", title: COMMITTEE_TITLE, columns, labels: committeeLabels(rounded.parts), rounding: settings.rounding, unit, showLines: false }, rounded.report.committee, rounded.report.exact.committee);
  const prioritiesTable = findOptionalTable(tables, PRIORITIES_TABLE);
  const priorities = prioritiesTable && prioritiesOf(readPriorities(prioritiesTable, parties), factor, parties, settings, (column) => keyOf(column, PRIORITIES_TABLE));
  const financing = financingChecks(host, parties, columns, rounded, splits);
  const differences = financing.filter((check) => check.difference !== 0).map((check) => financingNotice(check, unit));
  const years = plan.columns.map((column) => column.year);
  return {
    unit,
    rounding: settings.rounding,
    host,
    years: [Math.min(...years), Math.max(...years)],
    tables: [committee, { ...shared, caption }, ...own],
    split: splits,
    ...(priorities && { priorities }),
    financing,
    notes: differences.map((notice) => describe(notice, "sv")),
    warnings: [...new Map(keys).values()].flatMap((key) => key.warnings).concat(differences),
  };
}

