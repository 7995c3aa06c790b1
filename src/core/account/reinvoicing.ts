import { toNumber, type Dec } from "../decimal";
import type { ReportLine } from "../report/lines";
import type { SentInvoice } from "../workbook/invoiced";
import { sameName } from "../workbook/names";
import { sumOf, wholeKronor } from "./kronor";
import type { Reinvoicing } from "./types";

/** A member's own lines without an annual budget: costs the host books for it that its advances do not cover. */
export function unbudgetedOwnLines(lines: readonly ReportLine[], party: string): ReportLine[] {
  return lines.filter((line) => line.allocation === party && line.annualBudget.isZero());
}

/**
 * Re-invoicing (domain.md section 12) of a non-host party, from lines in kronor: what its unbudgeted own
 * lines have booked so far, what its Vidarefakturering invoices say was invoiced, and the difference. The
 * host invoices no one for its own lines: all zero for it.
 */
export function reinvoicing(lines: readonly ReportLine[], party: string, host: string, invoices: readonly SentInvoice[]): Reinvoicing {
  if (sameName(party, host)) return { booked: 0, invoiced: 0, open: 0 };
  const booked = wholeKronor(sumOf(unbudgetedOwnLines(lines, party).map((line) => line.outcome)));
  const invoiced: Dec = sumOf(invoices.filter((invoice) => invoice.party === party && invoice.purpose === "reinvoicing").map((invoice) => invoice.amount));
  return { booked, invoiced: toNumber(invoiced), open: toNumber(invoiced.negated().plus(booked)) };
}
