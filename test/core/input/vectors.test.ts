import { flattenVector, toMatrix } from "../../../src/core/input";
import { expectOitError } from "../expectOitError";

describe("toMatrix", () => {
  test("a scalar is a 1×1 range", () => {
    expect(toMatrix(5)).toEqual([[5]]);
    expect(toMatrix(null)).toEqual([[null]]);
  });

  test("a range stays as it is; a flat list is one row", () => {
    expect(toMatrix([[1], [2]])).toEqual([[1], [2]]);
    expect(toMatrix([1, 2])).toEqual([[1, 2]]);
  });
});

describe("flattenVector", () => {
  test("a row gives its cells with their columns", () => {
    const vector = flattenVector([[1, 2, 3]], "users");
    expect(vector.values).toEqual([1, 2, 3]);
    expect(vector.where(2)).toEqual({ argument: "users", row: 1, column: 3 });
  });

  test("a column gives its cells with their rows", () => {
    const vector = flattenVector([[1], [2], [3]], "users");
    expect(vector.values).toEqual([1, 2, 3]);
    expect(vector.where(1)).toEqual({ argument: "users", row: 2, column: 1 });
  });

  test("a single cell is a vector of one", () => {
    expect(flattenVector(toMatrix(7), "amount").values).toEqual([7]);
  });

  test.each([
    [
      [
        [1, 2],
        [3, 4],
      ],
      2,
      2,
    ],
    [[], 0, 0],
    [[[]], 1, 0],
  ])("%j is notAVector naming the argument and its shape", (matrix, rows, columns) => {
    expectOitError(() => flattenVector(matrix, "users"), "notAVector", {
      sv: ["argumentet användare", `${rows} rader och ${columns} kolumner`],
      en: ["argument users", `${rows} rows and ${columns} columns`],
    });
  });
});
