import { OitError, type Where } from "../errors";

export interface Vector {
  values: unknown[];
  /** Position of values[i] within the argument, 1-based, for messages. */
  where: (i: number) => Where;
}

/** The cells of a one-row or one-column argument, in reading order, with their positions. */
export function flattenVector(matrix: unknown[][], argument: string): Vector {
  const rows = matrix.length;
  const columns = rows === 0 ? 0 : Math.max(...matrix.map((row) => row.length));
  if (rows === 1 && columns >= 1) {
    return { values: [...matrix[0]], where: (i) => ({ argument, row: 1, column: i + 1 }) };
  }
  if (rows > 1 && columns === 1 && matrix.every((row) => row.length === 1)) {
    return { values: matrix.map((row) => row[0]), where: (i) => ({ argument, row: i + 1, column: 1 }) };
  }
  throw new OitError("notAVector", { rows, columns }, { argument });
}
