/** Each party's quarterly invoices for a year and, when known, its year-end settlement (domain.md section 6). */
export interface PartyInvoices {
  party: string;
  /** The budgeted annual amount invoiced in advance, in kronor. */
  annual: number;
  /** Four quarters summing exactly to `annual`. */
  quarters: number[];
  /** The party's cost by the actual (or forecast) figures; present with a settlement. */
  actual?: number;
  /** actual − annual: positive is invoiced, negative credited. */
  settlement?: number;
}

export type SettlementBasis = "outcome" | "forecast";

export interface InvoicePlan {
  year: number;
  host: string;
  parties: PartyInvoices[];
  /** What the settlement is computed from, or null when the year has neither outcome nor forecast. */
  basis: SettlementBasis | null;
}
