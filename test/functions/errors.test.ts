import { ALLOCATE, COSTSPLIT, DEVIATION, DEVIATIONPCT, FORECAST, KEY, PERIODBUDGET, QUARTERS, SETTLEMENT } from "../../src/functions/functions";
import { setLanguageSource } from "../../src/functions/language";
import { inLanguage, templatePattern, templates, thrown } from "./helpers";

const key = [[0.447], [0.553]];
const parties = [["Borgholm"], ["Mörbylånga"]];
const VALUE = "#VALUE!";
const NUM = "#NUM!";

interface BadInput {
  call: () => unknown;
  excel: string;
  /** The engine's message code the sentence must come from. */
  message: keyof typeof templates;
  /** Where the message must point, in each language. */
  sv: string;
  en: string;
}

// Issue 2 point 4, case by case, through the functions as Excel calls them.
const cases: Record<string, BadInput> = {
  "a word among the users": {
    call: () => KEY([[1700], ["många"]]),
    excel: VALUE,
    message: "notANumber",
    sv: "i argumentet användare, rad 2, kolumn 1",
    en: "in argument users, row 2, column 1",
  },
  "a word as the amount": {
    call: () => ALLOCATE([["tusen"]], key),
    excel: VALUE,
    message: "notANumber",
    sv: "i argumentet belopp, rad 1, kolumn 1",
    en: "in argument amount, row 1, column 1",
  },
  "a blank user count": {
    call: () => KEY([[1700, ""]]),
    excel: VALUE,
    message: "blank",
    sv: "i argumentet användare, rad 1, kolumn 2",
    en: "in argument users, row 1, column 2",
  },
  "a blank share in the key": {
    call: () => ALLOCATE([[1000]], [[0.447], [null]]),
    excel: VALUE,
    message: "blank",
    sv: "i argumentet nyckel, rad 2, kolumn 1",
    en: "in argument key, row 2, column 1",
  },
  "a negative user count": {
    call: () => KEY([[1700], [-3]]),
    excel: VALUE,
    message: "usersNegative",
    sv: "i argumentet användare, rad 2, kolumn 1",
    en: "in argument users, row 2, column 1",
  },
  "a fractional user count": {
    call: () => KEY([["1 700,5"], [2100]]),
    excel: VALUE,
    message: "usersFractional",
    sv: "i argumentet användare, rad 1, kolumn 1",
    en: "in argument users, row 1, column 1",
  },
  "a total of zero users": {
    call: () => KEY([[0, 0, 0]]),
    excel: VALUE,
    message: "usersZeroTotal",
    sv: "i argumentet användare",
    en: "in argument users",
  },
  "a key that does not sum to 1": {
    call: () => ALLOCATE([[1000]], [[0.447, 0.552]]),
    excel: VALUE,
    message: "keySum",
    sv: "99,9 %",
    en: "99.9 %",
  },
  "a key off by more than 1e-9 in a settlement": {
    call: () => SETTLEMENT(8800, [[0.5], [0.500000002]], [[4000], [4800]]),
    excel: VALUE,
    message: "keySum",
    sv: "i argumentet nyckel",
    en: "in argument key",
  },
  "budget and outcome of different shapes": {
    call: () => DEVIATION([[1, 2]], [[1], [2]]),
    excel: VALUE,
    message: "shapeDiffersFromBudget",
    sv: "i argumentet utfall har 2 rader och 1 kolumner",
    en: "in argument outcome has 2 rows and 1 columns",
  },
  "invoiced not aligned with the key": {
    call: () => SETTLEMENT(8800, key, [[4023], [4977], [0]]),
    excel: VALUE,
    message: "shapeMismatch",
    sv: "argumentet fakturerat har 3 värden, men 2 behövs",
    en: "argument invoiced has 3 values, but 2 are needed",
  },
  "allocations not aligned with the amounts": {
    call: () => COSTSPLIT([[100], [200]], [["Gemensam"]], parties, key),
    excel: VALUE,
    message: "tagsCountDiffers",
    sv: "i argumentet fördelning har 1 värden, men beloppen har 2",
    en: "in argument allocation has 1 values, but the amounts have 2",
  },
  "a key not aligned with the parties": {
    call: () => COSTSPLIT([[100]], [["Gemensam"]], parties, [[1]]),
    excel: VALUE,
    message: "shapeMismatch",
    sv: "argumentet nyckel har 1 värden, men 2 behövs",
    en: "argument key has 1 values, but 2 are needed",
  },
  "an unknown allocation tag": {
    call: () => COSTSPLIT([[100], [200], [300]], [["Gemensam"], ["Borgholm"], ["Kalmar"]], parties, key),
    excel: VALUE,
    message: "unknownAllocation",
    sv: "”Kalmar” i argumentet fördelning, rad 3, kolumn 1",
    en: "“Kalmar” in argument allocation, row 3, column 1",
  },
  "a month after December": {
    call: () => PERIODBUDGET(1200, 13),
    excel: VALUE,
    message: "monthRange",
    sv: "i argumentet månad",
    en: "in argument month",
  },
  "month 0": {
    call: () => PERIODBUDGET(1200, 0),
    excel: VALUE,
    message: "monthRange",
    sv: "inte 0",
    en: "not 0",
  },
  "a profile of zeros": {
    call: () => PERIODBUDGET(1200, 4, [Array(12).fill(0)]),
    excel: VALUE,
    message: "profileZero",
    sv: "i argumentet profil",
    en: "in argument profile",
  },
  "NaN as an amount": {
    call: () => QUARTERS(NaN),
    excel: VALUE,
    message: "notFinite",
    sv: "i argumentet årsbelopp",
    en: "in argument annual amount",
  },
  "Infinity in a budget range": {
    call: () => DEVIATION([[1, 2], [3, Infinity]], [[1, 2], [3, 4]]),
    excel: VALUE,
    message: "notFinite",
    sv: "i argumentet budget, rad 2, kolumn 2",
    en: "in argument budget, row 2, column 2",
  },
  "-Infinity in an invoiced amount": {
    call: () => SETTLEMENT(8800, key, [[4023], [-Infinity]]),
    excel: VALUE,
    message: "notFinite",
    sv: "i argumentet fakturerat, rad 2, kolumn 1",
    en: "in argument invoiced, row 2, column 1",
  },
  "an Excel error value in a range": {
    call: () => ALLOCATE([[1000], ["#N/A"]], key),
    excel: VALUE,
    message: "errorValue",
    sv: "i argumentet belopp, rad 2, kolumn 1",
    en: "in argument amount, row 2, column 1",
  },
  // With allowErrorForDataTypeAny in the metadata, Excel passes an error input as a CustomFunctions.Error.
  "an error value from Excel among the inputs": {
    call: () => ALLOCATE([[1000], [new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable)]], key),
    excel: VALUE,
    message: "errorValue",
    sv: "i argumentet belopp, rad 2, kolumn 1 innehåller felvärdet #N/A",
    en: "in argument amount, row 2, column 1 holds the error value #N/A",
  },
  "decimals outside Excel's range": {
    call: () => KEY([[1], [2]], 11),
    excel: VALUE,
    message: "decimalsRange",
    sv: "i argumentet decimaler",
    en: "in argument decimals",
  },
  // Issue 7 item 9: a result beyond what a cell holds is #NUM! with a sentence, never ±Infinity.
  "a deviation past the largest number": {
    call: () => DEVIATION([[1], [1e308]], [[0], [-1e308]]),
    excel: NUM,
    message: "resultTooLarge",
    sv: "i rad 2, kolumn 1 blir 2e+308",
    en: "in row 2, column 1 is 2e+308",
  },
  "a percentage past the largest number": {
    call: () => DEVIATIONPCT([[1e-10]], [[-1e300]]),
    excel: NUM,
    message: "resultTooLarge",
    sv: "i rad 1, kolumn 1",
    en: "in row 1, column 1",
  },
  "a party's cost past the largest number": {
    call: () => COSTSPLIT([[1e308], [1e308]], [["Gemensam"], ["Gemensam"]], parties, [[1], [0]]),
    excel: NUM,
    message: "resultTooLarge",
    sv: "2e+308",
    en: "2e+308",
  },
  "a settlement past the largest number": {
    call: () => SETTLEMENT(1e308, [[1], [0]], [[-1e308], [0]]),
    excel: NUM,
    message: "resultTooLarge",
    sv: "i rad 1, kolumn 1",
    en: "in row 1, column 1",
  },
  "a part past the largest number (an amount typed as text)": {
    call: () => ALLOCATE([[1], ["1" + "0".repeat(400)]], key),
    excel: NUM,
    message: "resultTooLarge",
    sv: "i argumentet belopp, rad 2, kolumn 1",
    en: "in argument amount, row 2, column 1",
  },
  "a forecast from a profile with nothing through the month": {
    call: () => FORECAST(100, 2, [[0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]]),
    excel: VALUE,
    message: "profileZeroThroughMonth",
    sv: "i argumentet profil",
    en: "in argument profile",
  },
  "a forecast past the largest number": {
    call: () => FORECAST(1.7e308, 1),
    excel: NUM,
    message: "resultTooLarge",
    sv: "2.04e+309",
    en: "2.04e+309",
  },
  "a forecast's month out of range": {
    call: () => FORECAST(100, 0),
    excel: VALUE,
    message: "monthRange",
    sv: "i argumentet månad",
    en: "in argument month",
  },
  "a zero budget as a percentage": {
    call: () => DEVIATIONPCT([[500], [0]], [[620], [10]]),
    excel: "#DIV/0!",
    message: "divisionByZero",
    sv: "i argumentet budget, rad 2, kolumn 1",
    en: "in argument budget, row 2, column 1",
  },
};

describe.each(Object.entries(cases))("%s", (_label, bad) => {
  it.each([
    ["sv-SE", "sv"],
    ["en-US", "en"],
  ] as const)("is %s's %s sentence naming the place", (tag, language) => {
    const { code, message } = inLanguage(tag, () => thrown(bad.call));
    expect(code).toBe(bad.excel);
    expect(message).toMatch(templatePattern(templates[bad.message][language]));
    expect(message).toContain(bad[language]);
  });
});

describe("the message language", () => {
  const office = globalThis as unknown as { Office?: unknown };

  afterEach(() => {
    delete office.Office;
    setLanguageSource();
  });

  it("is English where Office is not loaded", () => {
    expect(thrown(() => KEY([[-1]])).message).toMatch(templatePattern(templates.usersNegative.en));
  });

  it("follows Office's display language", () => {
    office.Office = { context: { displayLanguage: "sv-SE" } };
    expect(thrown(() => KEY([[-1]])).message).toMatch(templatePattern(templates.usersNegative.sv));
    office.Office = { context: { displayLanguage: "en-GB" } };
    expect(thrown(() => KEY([[-1]])).message).toMatch(templatePattern(templates.usersNegative.en));
  });
});
