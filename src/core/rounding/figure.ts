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
  /** how many whole units `floor` and `floor` + 1 are off: 0, but next to a kept figure shown further from exact */
  lowUnits: number;
  highUnits: number;
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
  if (digits === "") return { exact, floor: BigInt(negative ? "-" + whole : whole), width: 0, lowDistance: 0, highDistance: 0, lowUnits: 0, highUnits: 0 };
  // Below a negative value the floor is one further from zero, and the fraction is 1 − 0.digits.
  const fraction = negative ? (10n ** BigInt(digits.length) - BigInt(digits)).toString().padStart(digits.length, "0") : digits;
  const lowDistance = costUnitsOf(fraction);
  return { exact, floor: negative ? -BigInt(whole) - 1n : BigInt(whole), width: 1, lowDistance, highDistance: COST_UNITS - lowDistance, lowUnits: 0, highUnits: 0 };
}

/** |exact − (floor + offset)|, for the rare offsets beyond the two admissible ones. */
function gap(f: Figure, offset: number): Dec {
  return f.exact.minus((f.floor + BigInt(offset)).toString()).abs();
}

/** A figure that may show `floor` (or also `floor` + 1 when `width` is 1), whatever its exact value: distances and units measured. */
export function figureBetween(exact: Dec, floor: bigint, width: 0 | 1): Figure {
  const at: Figure = { exact, floor, width, lowDistance: 0, highDistance: 0, lowUnits: 0, highUnits: 0 };
  const [low, high] = [gap(at, 0), gap(at, 1)];
  const cost = (off: Dec) => toNumber(off.times(COST_UNITS).round());
  return { ...at, lowDistance: cost(low), highDistance: cost(high), lowUnits: toNumber(low.floor()), highUnits: toNumber(high.floor()) };
}

/**
 * A figure displayed as given (another table's rounding of the same exact value): the searches may not move
 * it, and what it costs and how far it is off are measured as for any other value.
 */
export function keptFigure(exact: Dec, shown: bigint): Figure {
  return figureBetween(exact, shown, 0);
}

/** The figure's distance from exact when it shows floor + offset (the cheap answer for the two admissible offsets). */
export function costAt(f: Figure, offset: number): number {
  if (offset === 0) return f.lowDistance;
  return offset === 1 && f.width === 1 ? f.highDistance : toNumber(gap(f, offset).times(COST_UNITS).round());
}

/** How many whole units floor + offset is off (0 when strictly within 1 of exact). */
export function unitsOffAt(f: Figure, offset: number): number {
  if (offset === 0) return f.lowUnits;
  return offset === 1 && f.width === 1 ? f.highUnits : toNumber(gap(f, offset).floor());
}

/** The offset from the figure's floor of a displayed value (small whenever the value is near the figure). */
export function offsetOf(f: Figure, shown: bigint): number {
  return Number(shown - f.floor);
}
