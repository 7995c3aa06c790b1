import { parseDecimals, parseMonth, parseUserCount } from "../../../src/core/input";
import { expectOitError } from "../expectOitError";

const cell = { table: "Nycklar", row: 2, column: 3 };
const named = { sv: ["rad 2", "kolumn 3"], en: ["row 2", "column 3"] };

describe("parseUserCount", () => {
  test.each([
    [1700, 1700],
    ["2 100", 2100],
    [0, 0],
    ["0", 0],
  ])("%j users is %d", (value, expected) => {
    expect(parseUserCount(value, cell)).toBe(expected);
  });

  test("-0 is 0, never negative zero", () => {
    expect(Object.is(parseUserCount(-0, cell), 0)).toBe(true);
  });

  test.each([
    [-5, "usersNegative"],
    ["−1", "usersNegative"],
    [12.5, "usersFractional"],
    ["1 700,5", "usersFractional"],
    ["många", "notANumber"],
    [null, "blank"],
    ["", "blank"],
    [NaN, "notFinite"],
    ["#N/A", "errorValue"],
  ] as const)("%j is %s naming the cell", (value, code) => {
    expectOitError(() => parseUserCount(value, cell), code, named);
  });
});

describe("parseMonth", () => {
  test.each([
    [1, 1],
    ["4", 4],
    [12, 12],
  ])("%j is month %d", (value, expected) => {
    expect(parseMonth(value, cell)).toBe(expected);
  });

  test.each([0, 13, 4.5, -1])("%p is monthRange naming the cell and the value", (value) => {
    expectOitError(() => parseMonth(value, cell), "monthRange", {
      sv: [...named.sv, String(value).replace(".", ",").replace("-", "−")],
      en: [...named.en, String(value)],
    });
  });
});

describe("parseDecimals", () => {
  test.each([null, undefined, ""])("%j falls back", (value) => {
    expect(parseDecimals(value, -3, 4, 0, cell)).toBe(0);
  });

  test.each([
    [-3, -3],
    ["2", 2],
    [4, 4],
  ])("%j is %d", (value, expected) => {
    expect(parseDecimals(value, -3, 4, 0, cell)).toBe(expected);
  });

  test.each([5, -4, 1.5])("%p outside -3..4 is decimalsRange naming the range", (value) => {
    expectOitError(() => parseDecimals(value, -3, 4, 0, cell), "decimalsRange", {
      sv: [...named.sv, "från −3 till 4"],
      en: [...named.en, "from -3 to 4"],
    });
  });
});
