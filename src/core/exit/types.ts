import type { WindDownType } from "../workbook/windDown";

export interface PartyAmount {
  party: string;
  amount: number;
}

/** One wind-down item split between the parties, in kronor. */
export interface ExitItem {
  label: string;
  owner: string;
  type?: WindDownType;
  amount: number;
  /** Every party in the key's order: a Gemensam item by the key, an owned one wholly to its owner. */
  parts: PartyAmount[];
}

/** A shared line's cost for one remaining party before and after the member leaves, kronor a year. */
export interface RemainingLine {
  label: string;
  before: number;
  after: number;
}

export interface RemainingCost {
  party: string;
  before: number;
  after: number;
  lines: RemainingLine[];
}

/** The exit calculation of workbook.md "A member leaves" (domain.md section 13). */
export interface ExitSplit {
  /** The cooperation's last year, whose key splits the common items. */
  year: number;
  /** The member that leaves. */
  party: string;
  host: string;
  key: { party: string; share: number }[];
  /** Nyckelns decimaler: the key's shares are shown with at least these percent decimals, as everywhere. */
  keyDecimals: number;
  items: ExitItem[];
  totals: PartyAmount[];
  /** Every remaining party, in the key's order. */
  remaining: RemainingCost[];
}
