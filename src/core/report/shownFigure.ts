import { OitError } from "../errors";

/**
 * The largest figure a report cell may show: Excel keeps 15 significant digits (and a
 * JavaScript number is exact only below 2^53), so a figure of 16 digits would be shown
 * rounded and its table would no longer add up on screen. The rounding itself is exact at
 * any size; a report needing more digits is refused, naming the figure, rather than shown wrong.
 */
export const LARGEST_SHOWN = 999_999_999_999_999n;

/** Where a displayed figure sits, for the message when it cannot be shown. */
export interface FigurePlace {
  table: string;
  row: string;
  column: string;
}

/** The exact displayed figure as the number a cell and the JSON get. */
export function shownFigure(value: bigint, place: FigurePlace): number {
  if (value > LARGEST_SHOWN || value < -LARGEST_SHOWN) {
    throw new OitError("reportFigureTooLarge", { value: value.toString(), ...place, limit: LARGEST_SHOWN.toString() });
  }
  return Number(value);
}
