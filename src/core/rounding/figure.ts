import { type Dec, toNumber } from "../decimal";

/**
 * The distance |value − exact| as an integer count of 1e-9 units. Costs only rank the
 * admissible roundings (nearest first); integers keep the searches' sums exact and the
 * result deterministic, and 1e-9 is far below any difference a report can show.
 */
const COST_UNITS = 1e9;

/**
 * One displayed figure to be chosen: the integer below its exact value (as a bigint, so a
 * figure of any size stays exact) and whether it may show one more (not when the exact value
 * is whole: it stays itself), with the two distances from exact worked out once, as the
 * searches ask for them many times. Searches choose an offset from `floor`, a small number.
 */
export interface Figure {
  exact: Dec;
  floor: bigint;
  /** 1 when the figure may show floor + 1, 0 when it is whole */
  width: 0 | 1;
  lowDistance: number;
  highDistance: number;
}

/** round(0.digits × COST_UNITS), half up, from the decimal digits of a fraction. */
function costUnitsOf(digits: string): number {
  const padded = digits.padEnd(10, "0");
  return Number(padded.slice(0, 9)) + (padded.charCodeAt(9) >= 53 /* "5" */ ? 1 : 0);
}

/**
 * The figure from the exact value's decimal digits: a report has thousands of figures, and
 * reading the digits once is several times cheaper than the decimal arithmetic it replaces.
 */
export function figure(exact: Dec): Figure {
  const text = exact.toFixed();
  const negative = text.startsWith("-");
  const [whole, raw = ""] = (negative ? text.slice(1) : text).split(".");
  const digits = raw.replace(/0+$/, "");
  if (digits === "") return { exact, floor: BigInt(negative ? "-" + whole : whole), width: 0, lowDistance: 0, highDistance: 0 };
  // Below a negative value the floor is one further from zero, and the fraction is 1 − 0.digits.
  const fraction = negative ? (10n ** BigInt(digits.length) - BigInt(digits)).toString().padStart(digits.length, "0") : digits;
  const lowDistance = costUnitsOf(fraction);
  return { exact, floor: negative ? -BigInt(whole) - 1n : BigInt(whole), width: 1, lowDistance, highDistance: COST_UNITS - lowDistance };
}

/** |exact − (floor + offset)|, for the rare offsets beyond the two admissible ones. */
function gap(f: Figure, offset: number): Dec {
  return f.exact.minus((f.floor + BigInt(offset)).toString()).abs();
}

/** The figure's distance from exact when it shows floor + offset (the cheap answer for the two admissible offsets). */
export function costAt(f: Figure, offset: number): number {
  if (offset === 0) return f.lowDistance;
  return offset === 1 && f.width === 1 ? f.highDistance : toNumber(gap(f, offset).times(COST_UNITS).round());
}

/** How many whole units floor + offset is off (0 when strictly within 1 of exact). */
export function unitsOffAt(f: Figure, offset: number): number {
  return offset === 0 || (offset === 1 && f.width === 1) ? 0 : toNumber(gap(f, offset).floor());
}

/** The offset from the figure's floor of a displayed value (small whenever the value is near the figure). */
export function offsetOf(f: Figure, shown: bigint): number {
  return Number(shown - f.floor);
}
