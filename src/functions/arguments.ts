import type { Dec } from "../core/decimal";
import { locate, OitError, type Where } from "../core/errors";
import { flattenVector, isBlank, parseAmount, parseRequiredNumber, toMatrix, type Vector } from "../core/input";
import { functionsError } from "./messages";

/** A one-row or one-column argument as a list, keeping its cells' positions for messages. */
export function vectorOf(value: unknown, argument: string): Vector & { matrix: unknown[][] } {
  const matrix = toMatrix(value);
  return { ...flattenVector(matrix, argument), matrix };
}

/**
 * Every cell of a vector as an amount, an error naming the first bad cell. A blank cell is 0, as
 * in Excel's own arithmetic: some platforms send a blank as 0 anyway, and a formula must not
 * answer differently on the other municipality's Excel.
 */
export function amountsOf(vector: Vector): Dec[] {
  return vector.values.map((value, i) => parseAmount(value, vector.where(i)));
}

/**
 * The shares of a key argument (fractions or percentages such as "44,7 %"), not yet validated.
 * Unlike an amount, a blank share is an error: a key with a hole in it is not a decided key.
 */
export function sharesOf(value: unknown): { shares: Dec[]; matrix: unknown[][] } {
  const key = vectorOf(value, "key");
  return { shares: key.values.map((share, i) => parseRequiredNumber(share, key.where(i))), matrix: key.matrix };
}

/** Party names as typed; a blank name is an error, since tags are matched against the names. */
export function partiesOf(value: unknown): { names: string[]; matrix: unknown[][] } {
  const parties = vectorOf(value, "parties");
  const names = parties.values.map((name, i) => {
    if (isBlank(name)) throw new OitError("blank", {}, parties.where(i));
    return String(name).trim();
  });
  return { names, matrix: parties.matrix };
}

/** `values` laid out in the shape of a one-row or one-column `matrix`, so a result spills alongside its input. */
export function inShapeOf<T>(matrix: readonly (readonly unknown[])[], values: readonly T[]): T[][] {
  let next = 0;
  return matrix.map((row) => row.map(() => values[next++]));
}

/**
 * `rule(budget, outcome)` cell by cell over two ranges of one shape; an error names the argument
 * and the cell it came from.
 */
export function elementWise(budget: unknown, outcome: unknown, rule: (budget: Dec, outcome: Dec) => Dec): Dec[][] {
  const budgets = toMatrix(budget);
  const outcomes = toMatrix(outcome);
  checkSameShape(budgets, outcomes);
  return budgets.map((row, r) =>
    row.map((cell, c) => {
      const at = (argument: string): Where => ({ argument, row: r + 1, column: c + 1 });
      const b = parseAmount(cell, at("budget"));
      const o = parseAmount(outcomes[r][c], at("outcome"));
      try {
        return rule(b, o);
      } catch (error) {
        throw locate(error, { row: r + 1, column: c + 1 });
      }
    })
  );
}

function checkSameShape(budgets: unknown[][], outcomes: unknown[][]): void {
  const rows = outcomes.length;
  const sameShape = rows === budgets.length && outcomes.every((row, r) => row.length === budgets[r].length);
  if (sameShape) return;
  const params = {
    rows,
    columns: Math.max(0, ...outcomes.map((row) => row.length)),
    expectedRows: budgets.length,
    expectedColumns: Math.max(0, ...budgets.map((row) => row.length)),
  };
  throw functionsError("shapeDiffersFromBudget", params, { argument: "outcome" });
}
