import type { SettlementBasis } from "../invoicing/types";

/** Re-invoicing of a member's own lines that have no annual budget (domain.md section 12), in kronor. */
export interface Reinvoicing {
  /** Their outcome so far. */
  booked: number;
  /** The member's Vidarefakturering rows of Fakturerat. */
  invoiced: number;
  /** booked − invoiced: still to invoice (negative: invoiced beyond what is booked). */
  open: number;
}

/** The host's financing lines for a party against the party's advances for the year (domain.md section 10), in kronor. */
export interface FinancingAgainstKey {
  /** What the host's annual budget holds as revenue from the party (a positive amount). */
  budget: number;
  /** The party's four advances by the key. */
  advances: number;
  /** budget − advances: what the published budget misses. */
  difference: number;
}

/** One member's money with the host for the year (workbook.md "Money between the members"), in whole kronor. */
export interface MemberAccount {
  party: string;
  share: number;
  /** The four computed quarterly advances. */
  advances: number[];
  reinvoicing: Reinvoicing;
  /** The member's Avräkning rows, as invoiced (credits negative). */
  trueUps: number[];
  /** After T1 or T2, when the member's share of the shared deviation exceeds the threshold: the invoice to send (negative = credit). */
  proposedTrueUp?: number;
  /** Share of the net shared cost plus its own lines' net cost, on `basis`. */
  actualCost: number;
  /** Everything invoiced in the year (Fakturerat; the computed advances when it has no Förskott rows for the member). */
  invoiced: number;
  /** actualCost − invoiced: positive is invoiced, negative credited. */
  settlement: number;
  /** null when the host's budget has no financing line naming the party. */
  financing: FinancingAgainstKey | null;
}

export interface MembersAccount {
  year: number;
  throughMonth: number;
  basis: SettlementBasis;
  host: string;
  /** Avräkning per tertial över, tkr, when set. */
  trueUpThreshold?: number;
  /** Every party in the key's order, the host included. */
  members: MemberAccount[];
}
