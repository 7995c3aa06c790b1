import type { Dec } from "../decimal";
import type { ReportLine } from "../report/lines";
import { allocate, sharedTag } from "../rules";
import { sumOf } from "./kronor";

/** The tertials after which the members may settle the shared deviation: T1 ends in April, T2 in August. */
const TERTIAL_ENDS: readonly number[] = [4, 8];

/** The shared part's accumulated deviation, budget − outcome for the period, of lines in kronor (positive = favourable). */
export function sharedDeviation(lines: readonly ReportLine[]): Dec {
  return sumOf(lines.filter((line) => line.allocation === sharedTag).map((line) => line.budget.minus(line.outcome)));
}

export interface TrueUpInput {
  throughMonth: number;
  /** Avräkning per tertial över, tkr; undefined = no true-ups. */
  threshold?: Dec;
  shares: readonly Dec[];
  /** Lines in kronor with their period budgets. */
  lines: readonly ReportLine[];
  /** Each party's Avräkning invoices so far this year, summed. */
  trueUpsSent: readonly Dec[];
}

/**
 * The tertial true-up (domain.md section 12) per party: after T1 or T2, each party's share of the shared
 * part's accumulated deviation, allocated exactly by the key. Where that share exceeds the threshold (in
 * absolute value), the party gets an invoice for it: a favourable deviation (the members paid too much) is
 * credited, an unfavourable one invoiced. What was already settled by Avräkning invoices this year is
 * deducted, so a true-up after T2 does not bill T1's deviation a second time. undefined where none is due.
 */
export function proposedTrueUps(input: TrueUpInput): (Dec | undefined)[] {
  const { threshold } = input;
  if (threshold === undefined || !TERTIAL_ENDS.includes(input.throughMonth)) return input.shares.map(() => undefined);
  const limit = threshold.times(1000);
  return allocate(sharedDeviation(input.lines), input.shares, 0).map((part, i) =>
    part.abs().greaterThan(limit) ? part.negated().minus(input.trueUpsSent[i]) : undefined
  );
}
