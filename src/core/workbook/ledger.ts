import { isOitError, OitError, type Where } from "../errors";
import { firstOfProblems } from "../problems";
import { allocationTags, isBoardFees, sharedTag, tagText } from "../rules";
import { amountToDec, type ExactAmount } from "../rules/exactAmount";
import { isBlank } from "../input";
import { addAmountAt, exactAmountAt } from "./amounts";
import { uncalculatedCells } from "./calculated";
import { cellWhere, isBlankRow, labelOf, placeParams, tableWhere } from "./cells";
import { findColumn, requireColumn, type ColumnSpec } from "./columns";
import { textOf } from "./names";
import { LineSums } from "./lineSums";
import { collectInto, readCellDirectly, type CellRead, type Collector, type ReadCell, type ReadProblem } from "./problems";
import { accountSection, typeSections } from "./section";
import type { Ledger, LedgerRow, Section, SummedLedger, TableData } from "./types";

export const LEDGER_TABLE = "Underlag";

export const ledgerColumns = {
  line: { name: "Rad" },
  allocation: { name: "Fördelning" },
  type: { name: "Typ" },
  account: { name: "Konto" },
  budget: { name: "Budget", period: true },
  outcome: { name: "Utfall", period: true },
  annualBudget: { name: "Årsbudget" },
  forecast: { name: "Årsprognos", aliases: ["Prognos"] },
} satisfies Record<string, ColumnSpec>;

interface LedgerColumns {
  line: number;
  allocation: number;
  type?: number;
  account?: number;
  budget?: number;
  /** Absent only when the amount columns are optional (the checks). */
  outcome?: number;
  annualBudget?: number;
  forecast?: number;
}

/** How the one reader of the ledger reads it: for the report, or for the checks. */
export interface LedgerReadOptions {
  /**
   * "required" (the report): Utfall, Årsbudget and Årsprognos must be there. "optional" (the checks): a table
   * lacking one is still read for every other problem, each amount column it has checked.
   */
  amounts?: "required" | "optional";
  /** Also the contract's warnings on the rows (revenue or cost with the wrong sign, board fees tagged shared). */
  warnings?: boolean;
}

/** Every problem of a ledger with its place, in reading order; the ledger itself when it could be read whole. */
export interface LedgerReading {
  ledger?: Ledger;
  problems: ReadProblem[];
}

type AmountId = "budget" | "outcome" | "annualBudget" | "forecast";

/** In the order the checks name a row's amounts. */
const amountIds: readonly AmountId[] = ["budget", "outcome", "annualBudget", "forecast"];

/** The columns, each missing or ambiguous one a problem (in the order the report has always named the first). */
function ledgerColumnsOf(table: TableData, amounts: LedgerReadOptions["amounts"], read: <T>(read: () => T) => T | undefined): { columns: LedgerColumns; period?: string } | undefined {
  const amountColumn = amounts === "optional" ? findColumn : requireColumn;
  const outcome = read(() => amountColumn(table, ledgerColumns.outcome) ?? null);
  const budget = read(() => findColumn(table, ledgerColumns.budget) ?? null);
  const line = read(() => requireColumn(table, ledgerColumns.line));
  const allocation = read(() => requireColumn(table, ledgerColumns.allocation));
  const annualBudget = read(() => amountColumn(table, ledgerColumns.annualBudget) ?? null);
  const forecast = read(() => amountColumn(table, ledgerColumns.forecast) ?? null);
  const type = read(() => findColumn(table, ledgerColumns.type) ?? null);
  const account = read(() => findColumn(table, ledgerColumns.account) ?? null);
  if ([outcome, budget, line, allocation, annualBudget, forecast, type, account].includes(undefined)) return undefined;
  return {
    columns: {
      line: line!.index,
      allocation: allocation!.index,
      type: type?.index,
      account: account?.index,
      budget: budget?.index,
      outcome: outcome?.index,
      annualBudget: annualBudget?.index,
      forecast: forecast?.index,
    },
    period: outcome?.period ?? budget?.period,
  };
}

/**
 * Fördelning as typed → "Gemensam" or the party's name as the key spells it, by OIT.COSTSPLIT's rule
 * (allocationTags); unknown names are errors naming the cell.
 */
export function allocationReader(table: TableData, parties: readonly string[]): (value: unknown, bodyRow: number, column: number) => string {
  // The parties come from the key table, whose reader names the cell of a bad one.
  const tags = allocationTags(parties, () => undefined);
  // A ledger repeats its few tags on every row: each distinct cell value is read once.
  const known = new Map<unknown, string>();
  return (value, bodyRow, column) => {
    const read = known.get(value);
    if (read !== undefined) return read;
    const tag = tagText(value);
    const position = tags.positionOf(tag);
    if (position !== undefined) {
      const allocation = position < 0 ? sharedTag : parties[position];
      known.set(value, allocation);
      return allocation;
    }
    const where = cellWhere(table, bodyRow, column);
    throw new OitError("unknownParty", { value: tag, allowed: tags.allowed, ...placeParams(where) }, where);
  };
}

/** The section a row declares by Typ (an unknown word is an error naming the cell) or else by Konto; null when neither. */
function declaredSection(table: TableData, row: readonly unknown[], bodyRow: number, columns: { type?: number; account?: number }, sectionOfType: (type: unknown) => Section | undefined): Section | null {
  if (columns.type !== undefined && !isBlank(row[columns.type])) {
    const section = sectionOfType(row[columns.type]);
    if (section) return section;
    const where = cellWhere(table, bodyRow, columns.type);
    throw new OitError("badSection", { value: textOf(row[columns.type]), ...placeParams(where) }, where);
  }
  if (columns.account !== undefined && !isBlank(row[columns.account])) return accountSection(row[columns.account]);
  return null;
}

/**
 * Typ when given; else Kommun-Bas accounts 3xxx are revenue; else a negative amount (the ledger's annual budget,
 * the plan's first year) is revenue. One rule for every table that has Typ and Konto.
 */
export function sectionOf(table: TableData, row: readonly unknown[], bodyRow: number, columns: { type?: number; account?: number }, negativeBudget: boolean, sectionOfType: (type: unknown) => Section | undefined): Section {
  return declaredSection(table, row, bodyRow, columns, sectionOfType) ?? (negativeBudget ? "revenue" : "cost");
}

interface LedgerReader {
  columns: LedgerColumns;
  allocation: CellRead<string>;
  declaredSection: CellRead<Section | null>;
}

function wrongSign(section: Section, amount: ExactAmount): boolean {
  return section === "revenue" ? amount.units > 0 : amount.units < 0;
}

/** The contract's warnings on one row: an amount whose sign contradicts the section the row declares, board fees shared. */
function rowWarnings(table: TableData, columns: LedgerColumns, row: readonly unknown[], r: number, allocation: string | undefined, declared: Section | null | undefined, amounts: Partial<Record<AmountId, ExactAmount | null>>): ReadProblem[] {
  const line = textOf(row[columns.line]);
  const warnings: ReadProblem[] = [];
  if (allocation === sharedTag && isBoardFees(line)) {
    warnings.push({ severity: "warning", problem: new OitError("boardFeesShared", { line }, cellWhere(table, r, columns.allocation)) });
  }
  if (!declared) return warnings;
  for (const id of amountIds) {
    const amount = amounts[id];
    if (!amount || !wrongSign(declared, amount)) continue;
    const code = declared === "revenue" ? "revenueSign" : "costSign";
    warnings.push({ severity: "warning", problem: new OitError(code, { line, value: amountToDec(amount).toNumber() }, cellWhere(table, r, columns[id]!)) });
  }
  return warnings;
}

/** Without Typ or Konto, a negative annual budget is revenue (sectionOf's last rule). */
function sectionBySign(annualBudget: ExactAmount): Section {
  return annualBudget.units < 0 ? "revenue" : "cost";
}

/**
 * One row, each cell through `read`: read directly (the first problem throws, the fast path) or collecting
 * (every problem of the row). The row when every cell read and the amounts are all there, else undefined.
 */
function readRow(reader: LedgerReader, table: TableData, row: readonly unknown[], r: number, read: ReadCell, warnings?: ReadProblem[]): LedgerRow | undefined {
  const { columns } = reader;
  const amount = (column: number | undefined) => (column === undefined ? null : read(exactAmountAt, table, row, r, column));
  const annualBudget = amount(columns.annualBudget);
  const line = read(labelOf, table, row, r, columns.line);
  const allocation = read(reader.allocation, table, row, r, columns.allocation);
  const declared = read(reader.declaredSection, table, row, r, columns.type ?? -1);
  const budget = amount(columns.budget);
  const outcome = amount(columns.outcome);
  const forecast = amount(columns.forecast);
  warnings?.push(...rowWarnings(table, columns, row, r, allocation, declared, { budget, outcome, annualBudget, forecast }));
  if (line === undefined || allocation === undefined || declared === undefined || budget === undefined) return undefined;
  if (!annualBudget || !outcome || !forecast) return undefined;
  return {
    line,
    allocation,
    section: declared ?? sectionBySign(annualBudget),
    budget,
    outcome,
    annualBudget,
    forecast,
    where: rowWhere(table, r),
  };
}

function rowWhere(table: TableData, r: number): Where {
  return { sheet: table.sheet, table: table.name, row: r + 1 };
}

/**
 * One row added to its line (LineSums) straight from its cells, each read as readRow reads it, so it throws
 * exactly where readRow would: no row object, no amount object kept. A row that throws fails the whole ledger,
 * so what it added before its bad cell is never read.
 */
function addToLine(sums: LineSums, reader: LedgerReader, table: TableData, row: readonly unknown[], r: number): void {
  const { columns } = reader;
  const line = labelOf(table, row, r, columns.line);
  const allocation = reader.allocation(table, row, r, columns.allocation);
  const section = reader.declaredSection(table, row, r, -1) ?? sectionBySign(exactAmountAt(table, row, r, columns.annualBudget!));
  const sum = sums.find(line, allocation, section) ?? sums.begin(line, allocation, section, rowWhere(table, r), columns.budget !== undefined);
  addAmountAt(sum.annualBudget, table, row, r, columns.annualBudget!);
  if (sum.budget) addAmountAt(sum.budget, table, row, r, columns.budget!);
  addAmountAt(sum.outcome, table, row, r, columns.outcome!);
  addAmountAt(sum.forecast, table, row, r, columns.forecast!);
}

/** A ledger table with its columns found and its cell readers made, and the problems found so far. */
interface OpenedLedger {
  reader?: LedgerReader;
  period?: string;
  problems: ReadProblem[];
  collect: Collector;
}

/** The ledger's formulas without a computed value and its missing or ambiguous columns, each a problem; the readers when the columns are there. */
function openLedger(table: TableData, parties: readonly string[], amounts: LedgerReadOptions["amounts"]): OpenedLedger {
  const problems: ReadProblem[] = uncalculatedCells(table).map((problem) => ({ severity: "error", problem }));
  const uncalculated = new Set((table.uncalculated ?? []).map(({ row, column }) => `${row + 1}:${column + 1}`));
  // A formula without a value is named once, as such, not again as the blank label or tag it reads as.
  const collect = collectInto(problems, (problem) => uncalculated.has(`${problem.where?.row}:${problem.where?.column}`));
  const found = ledgerColumnsOf(table, amounts, collect.attempt);
  if (!found) return { problems, collect };
  const { columns, period } = found;
  const allocationOf = allocationReader(table, parties);
  const sectionOfType = typeSections();
  const reader: LedgerReader = {
    columns,
    allocation: (_table, row, r, column) => allocationOf(row[column], r, column),
    declaredSection: (_table, row, r) => declaredSection(table, row, r, columns, sectionOfType),
  };
  return { reader, period, problems, collect };
}

/**
 * Each non-blank row through `keep`, which throws at the row's first problem (the fast path, so a good ledger costs
 * no more than stopping at the first would); a row that throws is read again cell by cell (readRow), collecting
 * each of its problems with its place, and keeps nothing. Warnings, when asked for, follow the row's errors.
 */
function readRows(table: TableData, reader: LedgerReader, collect: Collector, keep: (row: readonly unknown[], r: number) => void, warnings?: ReadProblem[]): void {
  const { rows } = table;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (isBlankRow(row)) continue;
    try {
      keep(row, r);
    } catch (error) {
      if (!isOitError(error)) throw error;
      readRow(reader, table, row, r, collect.cell, warnings);
    }
  }
}

/** What a ledger read from a table says besides its rows: where it is, its cells' columns, its Budget column and period. */
function ledgerAbout(table: TableData, { columns }: LedgerReader, period: string | undefined): Omit<Ledger, "rows"> {
  const places = { line: columns.line, budget: columns.budget, outcome: columns.outcome, annualBudget: columns.annualBudget, forecast: columns.forecast };
  const cells = { table: { name: table.name, sheet: table.sheet, headers: table.headers, origin: table.origin }, columns: places };
  return { where: tableWhere(table), cells, hasBudgetColumn: columns.budget !== undefined, headerPeriod: period };
}

/**
 * The one reader of the ledger (underlag) of workbook.md, collecting every problem with its place instead of
 * stopping at the first: formulas without a computed value, missing or ambiguous columns, blank Rad, unknown
 * parties, unknown Typ, amounts that are not numbers; with `warnings`, the rows' warnings among them in row order.
 */
export function readLedgerCollecting(table: TableData, parties: readonly string[], options: LedgerReadOptions = {}): LedgerReading {
  const { reader, period, problems, collect } = openLedger(table, parties, options.amounts);
  if (!reader) return { problems };
  const warnings = options.warnings ? problems : undefined;
  const rows: LedgerRow[] = [];
  readRows(table, reader, collect, (row, r) => {
    const read = readRow(reader, table, row, r, readCellDirectly, warnings);
    if (read) rows.push(read);
  }, warnings);
  const ledger = options.amounts === "optional" ? undefined : { rows, ...ledgerAbout(table, reader, period) };
  return { ledger, problems };
}

/**
 * The ledger (underlag) of workbook.md: one parsed row per non-blank table row, amounts in the ledger's unit. A bad
 * ledger throws its first problem, carrying every other (OitProblems), so a host can list them all.
 */
export function readLedger(table: TableData, parties: readonly string[]): Ledger {
  const { ledger, problems } = readLedgerCollecting(table, parties);
  if (problems.length > 0 || !ledger) throw firstOfProblems(problems.map(({ problem }) => problem));
  return ledger;
}

/**
 * The ledger summed per line as the report reads it (LineSums), each row added to its line as it is read: the
 * same columns, cells and problems as readLedger (a bad ledger throws the same first problem, carrying the same
 * others), without an object per row.
 */
export function readLedgerLines(table: TableData, parties: readonly string[]): Omit<SummedLedger, "rows"> {
  const { reader, period, problems, collect } = openLedger(table, parties, "required");
  const sums = new LineSums();
  if (reader) readRows(table, reader, collect, (row, r) => addToLine(sums, reader, table, row, r));
  if (problems.length > 0 || !reader) throw firstOfProblems(problems.map(({ problem }) => problem));
  return { lines: sums.lines(), ...ledgerAbout(table, reader, period) };
}
