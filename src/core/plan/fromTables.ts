import type { Dec } from "../decimal";
import type { Notice } from "../errors";
import { describe } from "../messages";
import { committeeLabels } from "../report/parts";
import { roundingNote } from "../report/caption";
import { COMMITTEE_TITLE } from "../report/labels";
import { tableRows } from "../report/rows";
import type { ReportTable } from "../report/types";
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
import { roundColumns, type ColumnLine, type ColumnTables } from "./yearTables";

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

/** Rows with the same Rad, Fördelning and section are one line, as in the ledger. */
function columnLines(plan: { rows: readonly { line: string; allocation: string; section: ColumnLine["section"]; amounts: readonly Dec[] }[] }, factor: Dec): ColumnLine[] {
  const lines = new Map<string, ColumnLine>();
  for (const row of plan.rows) {
    const id = `${row.section}\u0000${lineKey(row.line, row.allocation)}`;
    const figures = row.amounts.map((amount) => amount.times(factor));
    const line = lines.get(id);
    if (line) line.figures = line.figures.map((figure, i) => figure.plus(figures[i]));
    else lines.set(id, { label: row.line, allocation: row.allocation, section: row.section, figures });
  }
  return [...lines.values()];
}

function planTable(id: ReportTable["id"], title: string, columns: readonly YearColumn[], labels: Parameters<typeof tableRows>[1], rounded: ColumnTables["committee"], unit: Unit, showLines = true): ReportTable {
  const headers = columns.map((column) => column.header);
  const table: ReportTable = { id, title, columns: headers, rows: tableRows({ title, columns: headers }, labels, rounded.shown, rounded.exact, showLines) };
  if (!rounded.withinOne) table.note = roundingNote(unit);
  return table;
}

/** The financing check of each party a host's financing line names, per year column, on the displayed figures. */
function financingChecks(host: string, parties: readonly string[], columns: readonly YearColumn[], rounded: ColumnTables, splits: readonly ColumnSplit[]): FinancingCheck[] {
  const hostPart = rounded.parts.findIndex((part) => part.party === host);
  const anyFinancing = financingLines(host, parties);
  const shownSum = (p: number, column: number, take: (line: (typeof rounded.parts)[number]["lines"][number]) => boolean) =>
    p < 0 ? 0 : rounded.parts[p].lines.reduce((sum, line, i) => (take(line) ? sum + Number(rounded.tables[p].shown.lines[i][column]) : sum), 0);
  return parties.flatMap((party) => {
    const names = financingLines(host, [party]);
    const toLine = (line: { label: string; allocation: string; section: "revenue" | "cost" }) => ({ line: line.label, allocation: line.allocation, section: line.section });
    if (hostPart < 0 || !rounded.parts[hostPart].lines.some((line) => names(toLine(line)))) return [];
    const own = rounded.parts.findIndex((part) => part.party === party);
    return columns.map((column, c): FinancingCheck => {
      const financing = -shownSum(hostPart, c, (line) => names(toLine(line)));
      const ownTotal = own < 0 ? 0 : Number(rounded.tables[own].shown.total[c]);
      // The host's own table holds the financing lines themselves: they are what is checked, not an own cost.
      const ownCost = ownTotal - (own === hostPart ? shownSum(hostPart, c, (line) => anyFinancing(toLine(line))) : 0);
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
  const lines = columnLines({ rows: priorities.rows.map((row) => ({ ...row, section: "cost" as const })) }, factor);
  const rounded = roundColumns(lines, priorities.columns.length, parties, settings.rounding);
  const shared = rounded.tables[0].shown.total.map(Number);
  const splits = priorities.columns.map((column, c) => columnSplit(column, shared[c], keyOf(column)));
  const shownOf = new Map(rounded.parts.flatMap((part, p) => part.lines.map((line, i) => [line, rounded.tables[p].shown.lines[i].map(Number)] as const)));
  return {
    columns: priorities.columns.map((column) => column.header),
    rows: rounded.parts.flatMap((part) => part.lines).map((line) => ({ label: line.label, allocation: line.allocation, values: shownOf.get(line) ?? [] })),
    total: rounded.committee.shown.total.map(Number),
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
  const rounded = roundColumns(columnLines(plan, factor), plan.columns.length, parties, settings.rounding);
  // The tables first: a figure no cell can hold is refused there, by name, before any sum of figures.
  const partTables = rounded.parts.map((part, p) => planTable(part.id, part.title, plan.columns, part.lines, rounded.tables[p], unit));
  const splits = plan.columns.map((column, c) => columnSplit(column, Number(rounded.tables[0].shown.total[c]), keyOf(column, PLAN_TABLE)));
  partTables[0].caption = splits.map((split, c) => splitSentence(split, plan.columns[c].year, unit, settings.keyDecimals)).join(" ");
  const committee = planTable("total", COMMITTEE_TITLE, plan.columns, committeeLabels(rounded.parts), rounded.committee, unit, false);
  const prioritiesTable = findOptionalTable(tables, PRIORITIES_TABLE);
  const priorities = prioritiesTable && prioritiesOf(readPriorities(prioritiesTable, parties), factor, parties, settings, (column) => keyOf(column, PRIORITIES_TABLE));
  const financing = financingChecks(host, parties, plan.columns, rounded, splits);
  const differences = financing.filter((check) => check.difference !== 0).map((check) => financingNotice(check, unit));
  const years = plan.columns.map((column) => column.year);
  return {
    unit,
    rounding: settings.rounding,
    host,
    years: [Math.min(...years), Math.max(...years)],
    tables: [committee, ...partTables],
    split: splits,
    ...(priorities && { priorities }),
    financing,
    notes: differences.map((notice) => describe(notice, "sv")),
    warnings: [...new Map(keys).values()].flatMap((key) => key.warnings).concat(differences),
  };
}

