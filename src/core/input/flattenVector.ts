import { OitError, type Where } from "../errors";

export interface Vector {
  values: unknown[];
  /** Position of values[i] within the argument, 1-based, for messages. */
  where: (i: number) => Where;
}

/** The cells of a one-row or one-column argument, in reading order, with their positions. */
export function flattenVector(matrix: unknown[][], argument: string): Vector {
  const rows = matrix.length;
  // A loop, not Math.max(...): a spread of a column of a million rows passes the engine's argument limit.
  const columns = matrix.reduce((widest, row) => Math.max(widest, row.length), 0);
  if (rows === 1 && columns >= 1) {
    return { values: [...matrix[0]], where: (i) => ({ argument, row: 1, column: i + 1 }) };
  }
  if (rows > 1 && columns === 1 && matrix.every((row) => row.length === 1)) {
    return { values: matrix.map((row) => row[0]), where: (i) => ({ argument, row: i + 1, column: 1 }) };
  }
  throw new OitError("notAVector", { rows, columns }, { argument });
}
