import type { Dec } from "../decimal";
import { OitError, type Where } from "../errors";
import { amountAt } from "../workbook/amounts";
import { uncalculatedCells } from "../workbook/calculated";
import { isBlank } from "../input";
import { cellWhere, isBlankRow } from "../workbook/cells";
import { findColumn, requireColumn } from "../workbook/columns";
import { sharedTag } from "../rules/allocationTags";
import { isBoardFees } from "../rules/boardFees";
import { allocationReader, ledgerColumns } from "../workbook/ledger";
import { textOf } from "../workbook/names";
import { accountSection, typeSection } from "../workbook/section";
import type { Section, TableData } from "../workbook/types";
import { attempt, findingOf } from "./findingOf";
import type { Finding } from "./types";

const amountColumns = ["budget", "outcome", "annualBudget", "forecast"] as const;

interface Columns {
  line: number;
  allocation: number;
  type?: number;
  account?: number;
  amounts: number[];
}

function columnsOf(table: TableData): Columns {
  return {
    line: requireColumn(table, ledgerColumns.line).index,
    allocation: requireColumn(table, ledgerColumns.allocation).index,
    type: findColumn(table, ledgerColumns.type)?.index,
    account: findColumn(table, ledgerColumns.account)?.index,
    amounts: amountColumns.flatMap((id) => findColumn(table, ledgerColumns[id])?.index ?? []),
  };
}

/** The section the row declares by Typ or Konto; undefined when only the sign could tell (then no sign check). */
function declaredSection(row: readonly unknown[], columns: Columns): Section | undefined {
  if (columns.type !== undefined && !isBlank(row[columns.type])) return typeSection(row[columns.type]);
  if (columns.account !== undefined && !isBlank(row[columns.account])) return accountSection(row[columns.account]);
  return undefined;
}

function wrongSign(section: Section, amount: Dec): boolean {
  return section === "revenue" ? amount.isPositive() && !amount.isZero() : amount.isNegative() && !amount.isZero();
}

function signFinding(line: string, section: Section, amount: Dec, where: Where): Finding {
  const code = section === "revenue" ? "revenueSign" : "costSign";
  return { severity: "warning", problem: new OitError(code, { line, value: amount.toNumber() }, where) };
}

type AllocationOf = ReturnType<typeof allocationReader>;

function checkRow(table: TableData, row: readonly unknown[], r: number, columns: Columns, allocationOf: AllocationOf): Finding[] {
  const findings: Finding[] = [];
  const line = textOf(row[columns.line]);
  const allocation = attempt(findings, () => allocationOf(row[columns.allocation], r, columns.allocation), undefined);
  if (allocation === sharedTag && isBoardFees(line)) {
    findings.push({ severity: "warning", problem: new OitError("boardFeesShared", { line }, cellWhere(table, r, columns.allocation)) });
  }
  const section = declaredSection(row, columns);
  for (const column of columns.amounts) {
    const amount = attempt(findings, () => amountAt(table, row, r, column), undefined);
    if (amount && section && wrongSign(section, amount)) findings.push(signFinding(line, section, amount, cellWhere(table, r, column)));
  }
  return findings;
}

/**
 * Every problem of the ledger at once (the report stops at the first): formulas without a computed value,
 * unknown parties, amounts that are not numbers, revenue or cost with the wrong sign, board fees tagged as shared.
 */
export function checkLedger(table: TableData, parties: readonly string[]): Finding[] {
  let columns: Columns;
  try {
    columns = columnsOf(table);
  } catch (error) {
    return [findingOf(error)];
  }
  const allocationOf = allocationReader(table, parties);
  const uncalculated = uncalculatedCells(table).map(findingOf);
  return [...uncalculated, ...table.rows.flatMap((row, r) => (isBlankRow(row) ? [] : checkRow(table, row, r, columns, allocationOf)))];
}
