import { toNumber, type Dec } from "../decimal";
import { reportLines } from "../report/lines";
import { amountToDec, exactAmountOf, sharedTag } from "../rules";
import { LEDGER_TABLE } from "../workbook/ledger";
import { summedLedger } from "../workbook/lineSums";
import { readRemainingShares } from "../workbook/remainingShares";
import { findOptionalTable, findTable } from "../workbook/tables";
import type { Ledger, Settings, TableData } from "../workbook/types";
import { readWindDown, WIND_DOWN_TABLE } from "../workbook/windDown";
import { readYearInputs, yearInputTables } from "../workbook/yearInputs";
import { leavingParty } from "./leavingParty";
import { remainingCost, type SharedLine } from "./remainingCost";
import { splitItems, totalsOf } from "./splitItems";
import type { ExitSplit } from "./types";

/**
 * The shared lines of the ledger in kronor, annual budget, with what stays of each: the ledger's lines as the
 * report sums them, once as budgeted and once with every row scaled by its Kvarstår.
 */
function sharedLines(ledger: Ledger, settings: Settings, staysOf: (bodyRow: number) => Dec): SharedLine[] {
  const inKronor = { ...settings, reportUnit: "kr" as const };
  const staying: Ledger = { ...ledger, rows: ledger.rows.map((row) => ({ ...row, annualBudget: exactAmountOf(amountToDec(row.annualBudget).times(staysOf((row.where.row as number) - 1))) })) };
  const stays = reportLines(summedLedger(staying), inKronor, []);
  return reportLines(summedLedger(ledger), inKronor, []).flatMap((line, i) =>
    line.allocation === sharedTag ? [{ label: line.label, amount: line.annualBudget, stays: stays[i].annualBudget }] : []
  );
}

/** The tables the exit reads, for a host that reads only what an action needs. */
export function exitTables(ledgerTable = LEDGER_TABLE): string[] {
  return [...yearInputTables(ledgerTable), WIND_DOWN_TABLE];
}

/**
 * When a member leaves (workbook.md "A member leaves"): the settings' År is the cooperation's last year; the
 * Avveckling items are split by its key and the ledger's shared lines give the remaining parties' cost before
 * and after. The leaving party must be a member other than the host.
 */
export function exitFromTables(tables: readonly TableData[], party: string, ledgerTable = LEDGER_TABLE): ExitSplit {
  const { settings, key, ledger } = readYearInputs(tables, {}, ledgerTable);
  const leaving = leavingParty(party, key.parties, settings.host, settings.year);
  const windDown = findOptionalTable(tables, WIND_DOWN_TABLE);
  const items = splitItems(windDown ? readWindDown(windDown, key.parties) : [], key.parties, key.shares);
  return {
    year: settings.year,
    party: leaving,
    host: settings.host,
    key: key.parties.map((name, i) => ({ party: name, share: toNumber(key.shares[i]) })),
    keyDecimals: settings.keyDecimals,
    items,
    totals: totalsOf(items, key.parties),
    remaining: remainingCost(sharedLines(ledger, settings, readRemainingShares(findTable(tables, ledgerTable))), key.parties, key.shares, leaving, settings.year),
  };
}
