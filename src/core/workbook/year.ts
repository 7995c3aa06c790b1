import { OitError, type Where } from "../errors";
import { placeParams } from "./cells";
import { textOf } from "./names";

/** A calendar year typed as a number or as digits. */
export function parseYear(value: unknown, where: Where): number {
  const year = typeof value === "number" ? value : Number(textOf(value) || NaN);
  if (Number.isInteger(year) && year >= 1900 && year <= 2999) return year;
  throw new OitError("badYear", { value: textOf(value), ...placeParams(where) }, where);
}
