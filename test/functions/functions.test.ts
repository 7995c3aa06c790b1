// The functions with the argument shapes Excel sends: 2D arrays, null for an omitted optional,
// Swedish number text, blanks as 0, null or "". Figures are domain.md's worked examples.
import fc from "fast-check";
import { ALLOCATE, COSTSPLIT, DEVIATION, DEVIATIONPCT, FORECAST, KEY, PERIODBUDGET, QUARTERS, SETTLEMENT } from "../../src/functions/functions";

const key = [[0.447], [0.553]];
const parties = [["Borgholm"], ["Mörbylånga"]];
// Excel passes an omitted optional argument as null, whatever the declared type.
const omitted = null as never;

describe("KEY", () => {
  it("publishes 1 700 / 2 100 users as 44,7 % / 55,3 %, in the column the users are in", () => {
    expect(KEY([[1700], [2100]], null)).toEqual([[0.447], [0.553]]);
  });

  it("gives the extra tenth of three equal parties to the first, along a row", () => {
    expect(KEY([[1, 1, 1]])).toEqual([[0.334, 0.333, 0.333]]);
  });

  it("reads counts typed as Swedish text and takes more percent decimals when asked", () => {
    expect(KEY([["1 700"], ["2 100"]], 3)).toEqual([[0.44737], [0.55263]]);
    expect(KEY([["1 700"], ["2 100"]], "0")).toEqual([[0.45], [0.55]]);
  });

  it("takes a blank decimals cell as the default, one percent decimal", () => {
    expect(KEY([[1700], [2100]], "")).toEqual(KEY([[1700], [2100]], 1));
  });
});

describe("ALLOCATE", () => {
  it("splits 1 000 by 44,7 % / 55,3 % into 447 / 553", () => {
    expect(ALLOCATE([[1000]], key, null)).toEqual([[447, 553]]);
  });

  it("gives one row per amount of a column, the odd krona to the first on a tie", () => {
    expect(ALLOCATE([[1001], [-1001], [0]], [[0.5, 0.5]])).toEqual([
      [501, 500],
      [-501, -500],
      [0, 0],
    ]);
  });

  it("reads Swedish amount and percentage text and rounds to öre", () => {
    expect(ALLOCATE([["1 234,50"]], [["44,7 %"], ["55,3 %"]], 2)).toEqual([[551.82, 682.68]]);
  });

  it("rounds to whole thousands with negative decimals, as Excel's ROUND", () => {
    expect(ALLOCATE([[1_234_567]], key, -3)).toEqual([[552_000, 683_000]]);
  });

  it("never returns -0", () => {
    const [parts] = ALLOCATE([[-0.4]], key);
    for (const part of parts) expect(Object.is(part, -0)).toBe(false);
  });
});

describe("DEVIATION and DEVIATION.PCT", () => {
  it("is budget − outcome: a cost over budget is negative, a revenue over budget positive", () => {
    expect(DEVIATION([[500]], [[620]])).toEqual([[-120]]);
    expect(DEVIATION([[-300]], [[-350]])).toEqual([[50]]);
  });

  it("works cell by cell on ranges of one shape, reading Swedish text", () => {
    expect(DEVIATION([[500, "−300"], ["1 000", 0]], [[620, -350], [900, "0"]])).toEqual([
      [-120, 50],
      [100, 0],
    ]);
  });

  it("divides by the budget's magnitude, so a revenue surplus stays positive", () => {
    expect(DEVIATIONPCT([[500]], [[620]])).toEqual([[-0.24]]);
    expect(DEVIATIONPCT([[-200], [400]], [[-250], [300]])).toEqual([[0.25], [0.25]]);
  });
});

describe("PERIODBUDGET", () => {
  it("is linear without a profile", () => {
    expect(PERIODBUDGET(1200, 8, omitted)).toBe(800);
    expect(PERIODBUDGET("1 200", "4")).toBe(400);
  });

  it("follows a profile given as a row or a column, normalised", () => {
    const licences = [24, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    expect(PERIODBUDGET(1200, 1, [licences])).toBe(1200);
    const lowJuly = [2, 2, 2, 2, 2, 2, 1, 2, 2, 2, 2, 2];
    expect(PERIODBUDGET(2300, 7, lowJuly.map((w) => [w]))).toBe(1300);
  });
});

describe("FORECAST (OIT.HELÅRSPROGNOS)", () => {
  it("runs the outcome at its rate to the full year, linear or by a profile", () => {
    expect(FORECAST(800, 8, omitted, omitted)).toBe(1200);
    expect(FORECAST("1 300", "7", [[2, 2, 2, 2, 2, 2, 1, 2, 2, 2, 2, 2]])).toBe(2300);
    expect(FORECAST(1000, 7, null as never, 0)).toBe(1714);
    expect(FORECAST(1000, 7)).toBe(1714.2857142857142);
  });

  it("is the inverse of PERIODBUDGET as the cells pass the figures, for amounts on the unit asked for", () => {
    const profileArb = fc.option(
      fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 12, maxLength: 12 }).map((weights) => [weights]),
      { nil: null }
    );
    const caseArb = fc
      .tuple(fc.integer({ min: -1e11, max: 1e11 }), fc.integer({ min: 1, max: 12 }), profileArb, fc.constantFrom(0, 2))
      .filter(([, month, profile]) => profile === null || profile[0].slice(0, month).some((weight) => weight > 0));
    fc.assert(
      fc.property(caseArb, ([ore, month, profile, decimals]) => {
        const annual = decimals === 2 ? ore / 100 : ore;
        const budget = PERIODBUDGET(annual, month, profile as never);
        expect(FORECAST(budget, month, profile as never, decimals)).toBe(annual);
      }),
      { numRuns: 2000 }
    );
  });
});

describe("QUARTERS", () => {
  it("splits 4 023 and 4 977 into quarters, the remainder on the first quarters", () => {
    expect(QUARTERS(4023, null)).toEqual([[1006, 1006, 1006, 1005]]);
    expect(QUARTERS("4 977")).toEqual([[1245, 1244, 1244, 1244]]);
  });
});

describe("SETTLEMENT", () => {
  it("credits -89 / -111 when the actual shared cost is 8 800 and 4 023 / 4 977 were invoiced", () => {
    expect(SETTLEMENT(8800, key, [[4023], [4977]], null)).toEqual([[-89], [-111]]);
  });

  it("answers in the shape of the key, whatever the shape of the invoiced amounts", () => {
    expect(SETTLEMENT(9000, [[0.447, 0.553]], [[4023], [4977]])).toEqual([[0, 0]]);
  });
});

describe("COSTSPLIT", () => {
  it("splits the net shared cost by the key and adds each party's own lines", () => {
    const amounts = [[10_000], [-1_000], [300], [-4023]];
    const tags = [["Gemensam"], ["gemensam "], ["Mörbylånga"], ["Borgholm"]];
    // Shared 9 000 → 4 023 / 4 977; Mörbylånga's own 300; Borgholm's own financing -4 023.
    expect(COSTSPLIT(amounts, tags, parties, key, null)).toEqual([[0], [5277]]);
  });

  it("answers in the shape of the parties and skips empty rows of a selected column", () => {
    const amounts = [[1001], [""], [null], [0]];
    const tags = [["Gemensam"], [""], [null], [""]];
    expect(COSTSPLIT(amounts, tags, [["Borgholm", "Mörbylånga"]], [[0.5, 0.5]])).toEqual([[501, 500]]);
  });

  it("takes a blank amount on a tagged row as 0", () => {
    expect(COSTSPLIT([[1000], [""]], [["Gemensam"], ["Borgholm"]], parties, key)).toEqual([[447], [553]]);
  });
});

// Excel sends a blank cell as null, "" or 0 depending on the platform; every amount argument
// reads all three as 0, so a formula gives the same answer in both municipalities' Excel.
describe.each([
  ["null", null],
  ["an empty string", ""],
  ["0", 0],
])("a blank amount cell sent as %s", (_name, blank) => {
  it("is 0 to ALLOCATE, in a column of amounts too", () => {
    expect(ALLOCATE([[blank], [1000]], key)).toEqual([
      [0, 0],
      [447, 553],
    ]);
  });

  it("is 0 to DEVIATION and, as a budget, #DIV/0! to DEVIATION.PCT", () => {
    expect(DEVIATION([[500, blank]], [[blank, 620]])).toEqual([[500, -620]]);
    expect(() => DEVIATIONPCT([[blank]], [[620]])).toThrow(expect.objectContaining({ code: "#DIV/0!" }));
  });

  it("is 0 to PERIODBUDGET, QUARTERS and SETTLEMENT", () => {
    expect(PERIODBUDGET(blank, 8)).toBe(0);
    expect(QUARTERS(blank)).toEqual([[0, 0, 0, 0]]);
    expect(SETTLEMENT(blank, key, [[4023], [blank]])).toEqual([[-4023], [0]]);
  });
});
