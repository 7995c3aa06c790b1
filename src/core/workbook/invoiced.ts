import type { Dec } from "../decimal";
import { OitError, type Where } from "../errors";
import { parseRequiredAmount } from "../input";
import { cellWhere, isBlankRow, placeParams } from "./cells";
import { requireColumn, type ColumnSpec } from "./columns";
import { isoDate, parseDate, type CalendarDate } from "./dates";
import { nameReader } from "./nameReader";
import type { TableData } from "./types";

export const INVOICED_TABLE = "Fakturerat";

/** Belopp of the money tables (Fakturerat, Avveckling): kronor, whatever the ledger's unit. */
export const kronorAmountColumn: ColumnSpec = { name: "Belopp", aliases: ["Belopp kr", "Belopp, kr", "Belopp (kr)"] };

/** What an invoice was for (Avser): Förskott, Vidarefakturering, Avräkning. */
export type InvoicePurpose = "advance" | "reinvoicing" | "trueUp";

export const purposeNames: Record<InvoicePurpose, string> = {
  advance: "Förskott",
  reinvoicing: "Vidarefakturering",
  trueUp: "Avräkning",
};

/** One invoice the host actually sent (a row of Fakturerat), in kronor: credits negative. */
export interface SentInvoice {
  party: string;
  date: CalendarDate;
  purpose: InvoicePurpose;
  amount: Dec;
  where: Where;
}

/**
 * Fakturerat (workbook.md): Part | Datum | Avser | Belopp (kr) — every invoice of `year` to a party of the
 * key. A party that is not in the key, an Avser that is none of the three, a date in another year, a blank
 * or non-numeric amount: each an error naming the cell, never a row left out.
 */
export function readInvoiced(table: TableData, parties: readonly string[], year: number): SentInvoice[] {
  const party = requireColumn(table, { name: "Part" }).index;
  const date = requireColumn(table, { name: "Datum" }).index;
  const purpose = requireColumn(table, { name: "Avser" }).index;
  const amount = requireColumn(table, kronorAmountColumn).index;
  const partyOf = nameReader(table, parties, "invoicedUnknownParty");
  const purposeOf = nameReader(table, Object.values(purposeNames), "invoicedBadPurpose");
  const purposeIds = new Map(Object.entries(purposeNames).map(([id, name]) => [name, id as InvoicePurpose]));
  const invoices: SentInvoice[] = [];
  table.rows.forEach((row, r) => {
    if (isBlankRow(row)) return;
    invoices.push({
      party: partyOf(row[party], r, party),
      date: dateInYear(row[date], cellWhere(table, r, date), year),
      purpose: purposeIds.get(purposeOf(row[purpose], r, purpose)) as InvoicePurpose,
      amount: parseRequiredAmount(row[amount], cellWhere(table, r, amount)),
      where: { sheet: table.sheet, table: table.name, row: r + 1 },
    });
  });
  return invoices;
}

function dateInYear(value: unknown, where: Where, year: number): CalendarDate {
  const date = parseDate(value, where);
  if (date.year === year) return date;
  throw new OitError("dateOutsideYear", { value: isoDate(date), year, ...placeParams(where) }, where);
}
