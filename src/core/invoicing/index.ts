/** Quarterly invoices and the year-end settlement: what the hosts call to plan and lay them out. */
export { invoiceLayout } from "./invoiceLayout";
export { invoicesFromTables } from "./invoicesFromTables";
export type { InvoicePlan, PartyInvoices, SettlementBasis } from "./types";
