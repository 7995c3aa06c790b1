import type { TableData } from "../workbook/types";
import { unitFactor } from "../workbook/unitFactor";
import { readYearInputs } from "../workbook/yearInputs";
import { invoicePlan } from "./invoicePlan";
import { settlementBasis } from "./settlementBasis";
import type { InvoicePlan } from "./types";

/** The invoice plan of the settings' year (or `year`) from the workbook's tables, read by the same contract as the report. */
export function invoicesFromTables(tables: readonly TableData[], overrides: { year?: number; ledgerTable?: string } = {}): InvoicePlan {
  const { settings, key, ledger } = readYearInputs(tables, overrides.year ? { year: overrides.year } : {}, overrides.ledgerTable);
  return invoicePlan({
    year: settings.year,
    host: settings.host,
    parties: key.parties,
    shares: key.shares,
    ledger: ledger.rows,
    toKronor: unitFactor(settings.inputUnit, "kr"),
    basis: settlementBasis(settings.throughMonth, ledger.rows),
  });
}
