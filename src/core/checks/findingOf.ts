import { isOitError } from "../errors";
import type { Finding } from "./types";

/** An engine error is an error finding; anything else is a bug and stays thrown. */
export function findingOf(error: unknown): Finding {
  if (!isOitError(error)) throw error;
  return { severity: "error", problem: error };
}

/** Run `read`; a problem becomes a finding and the value `fallback`, so one problem does not hide the others. */
export function attempt<T>(findings: Finding[], read: () => T, fallback: T): T {
  try {
    return read();
  } catch (error) {
    findings.push(findingOf(error));
    return fallback;
  }
}
