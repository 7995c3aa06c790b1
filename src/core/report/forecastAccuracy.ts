import { Dec, toNumber } from "../decimal";
import type { ForecastVersion } from "../plan/types";
import type { ForecastAccuracy } from "./types";

/**
 * Prognossäkerhet (domain.md section 11) at year end: each locked version's Total forecast (in the report's unit,
 * rounded as Excel's ROUND) against the year's outcome as the committee's Total shows it, the difference
 * (forecast − outcome) and that difference in percent of the outcome (one decimal; none when the outcome is 0).
 */
export function forecastAccuracy(versions: readonly ForecastVersion[], outcome: number, factor: Dec): ForecastAccuracy[] {
  return versions.map((version) => {
    const forecast = toNumber(Dec.sum(0, ...version.lines.map((line) => line.forecast)).times(factor).round());
    const difference = forecast - outcome;
    const percent = outcome === 0 ? null : toNumber(new Dec(difference).times(100).div(Math.abs(outcome)).toDecimalPlaces(1));
    return { version: version.label, throughMonth: version.throughMonth, forecast, outcome, difference, percent };
  });
}
