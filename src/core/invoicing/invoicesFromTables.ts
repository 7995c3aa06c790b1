import { keyForYear } from "../workbook/keyForYear";
import { readKeys, KEYS_TABLE } from "../workbook/keys";
import { readLedger, LEDGER_TABLE } from "../workbook/ledger";
import { readSettings, SETTINGS_TABLE } from "../workbook/settings";
import { findOptionalTable, findTable } from "../workbook/tables";
import type { TableData } from "../workbook/types";
import { invoicePlan } from "./invoicePlan";
import { settlementBasis } from "./settlementBasis";
import type { InvoicePlan } from "./types";

/** The invoice plan of the settings' year (or `year`) from the workbook's tables, read by the same contract as the report. */
export function invoicesFromTables(tables: readonly TableData[], overrides: { year?: number; ledgerTable?: string } = {}): InvoicePlan {
  const settings = readSettings(findOptionalTable(tables, SETTINGS_TABLE), overrides.year ? { year: overrides.year } : {});
  const key = keyForYear(readKeys(findTable(tables, KEYS_TABLE)), settings.year, settings.keyDecimals);
  const ledger = readLedger(findTable(tables, overrides.ledgerTable ?? LEDGER_TABLE), key.parties);
  return invoicePlan({
    year: settings.year,
    host: settings.host,
    parties: key.parties,
    shares: key.shares,
    ledger: ledger.rows,
    toKronor: settings.inputUnit === "tkr" ? 1000 : 1,
    basis: settlementBasis(settings.throughMonth, ledger.rows),
  });
}
