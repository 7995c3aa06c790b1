import { isOitError, type OitError } from "../errors";
import type { TableData } from "./types";

/** A problem a reader found, with its place (the OitError's Where); warnings do not stop a report, errors do. */
export interface ReadProblem {
  severity: "error" | "warning";
  problem: OitError;
}

/** How a value of one body cell is read (amountAt, labelOf, …): the signature every cell reader shares. */
export type CellRead<T> = (table: TableData, row: readonly unknown[], bodyRow: number, column: number) => T;

/**
 * How a reader reads a cell: directly (the first problem throws) or collecting (each problem is kept and the
 * value is undefined, so one bad cell does not hide the next). A reader is written once against it; the fixed
 * arguments spare a closure per cell on a ledger of 100 000 rows.
 */
export type ReadCell = <T>(read: CellRead<T>, table: TableData, row: readonly unknown[], bodyRow: number, column: number) => T | undefined;

export const readCellDirectly: ReadCell = (read, table, row, bodyRow, column) => read(table, row, bodyRow, column);

export interface Collector {
  /** `read()`, its problem kept and undefined returned instead. */
  attempt<T>(read: () => T): T | undefined;
  cell: ReadCell;
}

/** Keeps each engine error in `problems` (unless `known`: already named another way); anything else is a bug and stays thrown. */
export function collectInto(problems: ReadProblem[], known: (problem: OitError) => boolean = () => false): Collector {
  const attempt = <T>(read: () => T): T | undefined => {
    try {
      return read();
    } catch (error) {
      if (!isOitError(error)) throw error;
      if (!known(error)) problems.push({ severity: "error", problem: error });
      return undefined;
    }
  };
  return { attempt, cell: (read, table, row, bodyRow, column) => attempt(() => read(table, row, bodyRow, column)) };
}
