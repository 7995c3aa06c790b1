import type { Dec } from "../decimal";
import type { Where } from "../errors";
import { parseAmount } from "../input/parseAmount";
import { fromSafeUnits, fromUnits, numberDecimals, scaledMagnitude } from "./units";

/**
 * An amount as read from a cell, exactly: `units` × 10^-`decimals`, with the decimals the cell has (an amount
 * in öre has 2; at most the engine's ten, decimal.ts, for a cell; more for the engine's own quotients). The
 * units are a number while they are a safe integer (below 2^53: integer arithmetic there is exact) and a
 * bigint past it, so a ledger of 100 000 rows sums on integers and turns into Decimal once per line. Plain
 * data, not a class: a ledger holds four per row, and V8 allocates literals of a hot site straight into the
 * old generation instead of copying them through every scavenge.
 */
export interface ExactAmount {
  readonly units: number | bigint;
  readonly decimals: number;
}

export const zeroAmount: ExactAmount = { units: 0, decimals: 0 };

export function amountToDec(amount: ExactAmount): Dec {
  return typeof amount.units === "number" ? fromSafeUnits(amount.units, amount.decimals) : fromUnits(amount.units, amount.decimals);
}

export function isZeroAmount(amount: ExactAmount): boolean {
  return amount.units === 0 || amount.units === 0n;
}

/** Units as an amount keeps them: a number when they are a safe integer, else the bigint. */
export function exactAmountOfUnits(units: bigint, decimals: number): ExactAmount {
  const small = Number(units);
  return { units: Number.isSafeInteger(small) ? small : units, decimals };
}

/** A Dec as an exact amount, with all of its decimals. */
export function exactAmountOf(value: Dec): ExactAmount {
  const decimals = value.decimalPlaces();
  return exactAmountOfUnits(BigInt(value.toFixed(decimals).replace(".", "")), decimals);
}

/**
 * Ledgers are kept in kronor with öre (or whole kronor): read at two decimals or more, each such cell is found
 * exact at the first try. An amount may carry more decimals than its own, so this loses nothing.
 */
const oreDecimals = 2;

/** The decimals exactAmount reads a number cell at without any Decimal (numberDecimals from öre up), or -1 when it cannot. */
export function numberCellDecimals(value: number): number {
  return numberDecimals(value, oreDecimals);
}

/** A number cell's units at the decimals numberCellDecimals found, with its sign. */
export function numberCellUnits(value: number, decimals: number): number {
  const magnitude = scaledMagnitude(value, decimals);
  return value < 0 ? -magnitude : magnitude;
}

/**
 * A cell's amount as parseAmount reads it (blank = 0, ten decimals of the unit, errors naming `where`), exact.
 * A number whose shortest text has at most ten decimals becomes its units without any Decimal (numberDecimals
 * proves that text without building it): the ledger's hot path. Anything else goes through parseAmount.
 */
export function exactAmount(value: unknown, where?: Where): ExactAmount {
  if (typeof value === "number") {
    const decimals = numberCellDecimals(value);
    if (decimals >= 0) return { units: numberCellUnits(value, decimals), decimals };
  } else if (value === null || value === undefined) return zeroAmount;
  return exactAmountOf(parseAmount(value, where));
}
