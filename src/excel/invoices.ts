import { invoiceLayout } from "../core/invoicing/invoiceLayout";
import { invoicesFromTables } from "../core/invoicing/invoicesFromTables";
import type { Notice } from "../core/errors";
import type { InvoicePlan } from "../core/invoicing/types";
import { yearInputTables } from "../core/workbook/yearInputs";
import { readWorkbook } from "./readWorkbook";
import { writeReport } from "./writeReport";

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
  return Excel.run(async (context) => {
    const { tables, sheets } = await readWorkbook(context, { names: yearInputTables() });
    const plan = invoicesFromTables(tables, { year });
    const { sheetName, skipped } = await writeReport(context, invoiceLayout(plan), sheets);
    return { plan, sheetName, skipped };
  });
}
