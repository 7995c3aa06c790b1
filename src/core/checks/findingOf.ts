import { isOitError } from "../errors";
import type { Finding } from "./types";

/** An engine error is an error finding; anything else is a bug and stays thrown. */
export function findingOf(error: unknown): Finding {
  if (!isOitError(error)) throw error;
  return { severity: "error", problem: error };
}
