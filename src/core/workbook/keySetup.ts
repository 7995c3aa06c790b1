/* The distribution keys as the task pane edits them: a year's parties with their users and decided share, in numbers. */

/** One row of Fördelningsnycklar as the pane edits it; share is a fraction, or null (computed from users). */
export interface KeyRowInput {
  year: number;
  party: string;
  users: number | null;
  share: number | null;
}

export interface KeySetup {
  rows: KeyRowInput[];
  /** Percent decimals of the decided key (the setting Nyckelns decimaler, default 1). */
  percentDecimals: number;
}
