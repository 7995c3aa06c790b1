import { invoiceLayout, invoicesFromTables, type InvoicePlan } from "../core/invoicing";
import type { Notice } from "../core/errors";
import { yearInputTables } from "../core/workbook";
import { writeSheet } from "./writeSheet";

export interface WrittenInvoices {
  plan: InvoicePlan;
  sheetName: string;
  /** What Excel refused of the sheet's print settings, the figures being complete. */
  skipped: Notice[];
}

/**
 * One click: the year's quarterly invoices and settlement as a sheet of numbers. Written by the
 * report writer, so it is marked as the add-in's, replaces only its own earlier sheet and its
 * figures are all-or-nothing.
 */
export async function writeInvoices(year?: number): Promise<WrittenInvoices> {
  const { value, sheetName, skipped } = await writeSheet(yearInputTables(), (tables) => invoicesFromTables(tables, { year }), invoiceLayout);
  return { plan: value, sheetName, skipped };
}
