import { dec, type Dec } from "../decimal";
import type { Unit } from "./types";

/** What multiplies an amount in `from` into `to`: kr → tkr is an exact division by 1000, done before any rounding. */
export function unitFactor(from: Unit, to: Unit): Dec {
  if (from === to) return dec(1);
  return from === "kr" ? dec("0.001") : dec(1000);
}
