import { type Dec, toNumber } from "../decimal";

/**
 * The distance |value − exact| as an integer count of 1e-9 units. Costs only rank the
 * admissible roundings (nearest first); integers keep the flow's sums exact and the
 * result deterministic, and 1e-9 is far below any difference a report can show.
 */
const COST_UNITS = 1e9;

function distance(exact: Dec, value: number): number {
  return toNumber(exact.minus(value).abs().times(COST_UNITS).round());
}

/**
 * One displayed figure to be chosen: its exact value and the two integers it may show
 * (the same integer twice when the exact value is whole, so it stays itself), with their
 * distances from exact worked out once, as the search asks for them many times.
 */
export interface Figure {
  exact: Dec;
  low: number;
  high: number;
  lowDistance: number;
  highDistance: number;
}

export function figure(exact: Dec): Figure {
  const floor = exact.floor();
  const low = toNumber(floor);
  const lowDistance = distance(exact, low);
  // Whole: the figure stays itself. Else the two distances are the fraction and its complement.
  return lowDistance === 0 && exact.eq(floor)
    ? { exact, low, high: low, lowDistance, highDistance: 0 }
    : { exact, low, high: low + 1, lowDistance, highDistance: COST_UNITS - lowDistance };
}

export function choices(f: Figure): number[] {
  return f.low === f.high ? [f.low] : [f.low, f.high];
}

export function fits(f: Figure, value: number): boolean {
  return f.low <= value && value <= f.high;
}

export function distanceCost(f: Figure, value: number): number {
  if (value === f.low) return f.lowDistance;
  return value === f.high ? f.highDistance : distance(f.exact, value);
}

/** How many whole units the value is off (0 when strictly within 1 of exact). */
export function unitsOff(f: Figure, value: number): number {
  return fits(f, value) ? 0 : toNumber(f.exact.minus(value).abs().floor());
}
