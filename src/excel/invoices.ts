import { invoiceLayout } from "../core/invoicing/invoiceLayout";
import { invoicesFromTables } from "../core/invoicing/invoicesFromTables";
import type { InvoicePlan } from "../core/invoicing/types";
import { readWorkbookTables } from "./readWorkbookTables";
import { writeReport } from "./writeReport";

/**
 * One click: the year's quarterly invoices and settlement as a sheet of numbers. Written by the
 * report writer, so it is marked as the add-in's, replaces only its own earlier sheet and is
 * all-or-nothing.
 */
export async function writeInvoices(
  year?: number
): Promise<{ plan: InvoicePlan; sheetName: string }> {
  return Excel.run(async (context) => {
    const plan = invoicesFromTables(await readWorkbookTables(context), { year });
    const written = await writeReport(context, invoiceLayout(plan));
    return { plan, sheetName: written.sheetName };
  });
}
