// The OIT custom functions. Each is thin: it reads Excel's argument shapes with the engine's
// input helpers, calls one engine rule and hands back numbers. custom-functions-metadata reads
// the JSDoc below (plain `function` declarations only) into functions.json; the Swedish names
// and descriptions are in functions.sv-SE.table.json, keyed by the same ids.
// Arguments are `any`: Excel passes cells of every type, and the engine's input helpers parse them.
import { isBlank, parseAmount, parseDecimals, parseMonth, toMatrix } from "../core/input";
import { cellAllocator, cellKey, costSplit, deviation, deviationPct, forecast, periodBudget, quarters, settlement, tagText, decimalsRange, defaultPercentDecimals, percentDecimalsRange } from "../core/rules";
import { isOitError } from "../core/errors";
import { toNumber } from "../core/decimal";
import { amountsOf, elementWise, inShapeOf, partiesOf, sharesOf, vectorOf } from "./arguments";
import { inExcel, notAvailable, toCells } from "./excel";
// Through the import's entry, but only the mapping ends up in the functions' bundle: package.json declares the
// sources free of side effects (the two entries aside), so webpack leaves out the readers (iconv-lite, papaparse).
import { mapCodeLists, mappingFromRange, type CodeLists, type CodeColumn } from "../core/import";
import { functionsError } from "./messages";

/** Decimals of a money result: as Excel's ROUND, whole kronor unless asked. */
function moneyDecimals(value: unknown): number {
  return parseDecimals(value, decimalsRange.min, decimalsRange.max, 0, { argument: "decimals" });
}

/**
 * The distribution key: each party's share of the users, rounded to percent decimals so that the shares still sum to exactly 100 % (largest remainder; ties to the party listed first). Example: =OIT.KEY(C2:C3, 1) gives 0.447 and 0.553 for 1,700 and 2,100 users.
 * @customfunction KEY KEY
 * @param users Number of users per party (whole numbers ≥ 0), in the parties' order.
 * @param percentDecimals Decimals of the percentages, 0–10 (default 1: 44.7 %).
 * @returns The shares as fractions, in the shape of users.
 */
export function KEY(users: any[][], percentDecimals?: any): number[][] {
  return inExcel(() => {
    const counts = vectorOf(users, "users");
    const { min, max } = percentDecimalsRange;
    const decimals = parseDecimals(percentDecimals, min, max, defaultPercentDecimals, { argument: "decimals" });
    return inShapeOf(counts.matrix, cellKey(counts.values, decimals, counts.where));
  });
}

/**
 * Splits an amount (or a column of amounts) by the key with exact rounding: each row sums exactly to its amount rounded as ROUND does, each part within one unit of amount × share (largest remainder; the amount is not rounded first). Example: =OIT.ALLOCATE(1000, Fördelningsnycklar[Andel], 0) gives 447 and 553.
 * @customfunction ALLOCATE ALLOCATE
 * @param amount The amount, or a column of amounts (one result row per amount).
 * @param key The shares (summing to 1, e.g. 44.7 % and 55.3 %).
 * @param decimals Rounding as in Excel's ROUND: 0 whole kronor (default), 2 öre, -3 whole thousands.
 * @returns One row per amount, one column per share.
 */
export function ALLOCATE(amount: any[][], key: any[][], decimals?: any): number[][] {
  return inExcel(() => {
    const amounts = vectorOf(amount, "amount");
    const split = cellAllocator(sharesOf(key).shares, moneyDecimals(decimals));
    // Raw cells in, numbers out: split parses each cell itself and never builds a Dec for a plain
    // number. A blank amount is 0, as in amountsOf.
    return amounts.values.map((value, i) => split(isBlank(value) ? 0 : value, amounts.where(i)));
  });
}

/**
 * The deviation budget − outcome, cell by cell. A positive deviation is favourable (a surplus), for revenue and cost lines alike. Example: =OIT.DEVIATION(500, 620) gives -120.
 * @customfunction DEVIATION DEVIATION
 * @param budget Budget (a number or a range).
 * @param outcome Outcome or forecast (a number or a range of the budget's shape).
 * @returns budget − outcome, in the shape of budget.
 */
export function DEVIATION(budget: any[][], outcome: any[][]): number[][] {
  return inExcel(() => toCells(elementWise(budget, outcome, deviation)));
}

/**
 * The deviation relative to the budget: (budget − outcome) / |budget|, cell by cell. A zero budget gives #DIV/0!. Example: =OIT.DEVIATION.PCT(500, 620) gives -0.24.
 * @customfunction DEVIATIONPCT DEVIATION.PCT
 * @param budget Budget (a number or a range).
 * @param outcome Outcome or forecast (a number or a range of the budget's shape).
 * @returns The deviation as a fraction of the budget, in the shape of budget.
 */
export function DEVIATIONPCT(budget: any[][], outcome: any[][]): number[][] {
  return inExcel(() => toCells(elementWise(budget, outcome, deviationPct)));
}

/**
 * The period budget: the annual budget accumulated from January through the month, linear or by a monthly profile. Example: =OIT.PERIODBUDGET(1200, 8) gives 800.
 * @customfunction PERIODBUDGET PERIODBUDGET
 * @param annualBudget The annual budget.
 * @param month Through month, 1–12 (4 = Jan–Apr).
 * @param profile Optional profile: 12 weights Jan–Dec (normalised; need not sum to 1).
 * @returns The budget for January through the month.
 */
export function PERIODBUDGET(annualBudget: any, month: any, profile?: any[][]): number {
  return inExcel(() => {
    const weights = isBlank(profile) ? undefined : amountsOf(vectorOf(profile, "profile"));
    const annual = parseAmount(annualBudget, { argument: "annualBudget" });
    return toNumber(periodBudget(annual, parseMonth(month, { argument: "month" }), weights));
  });
}

/**
 * The full-year forecast by run rate: the outcome through the month divided by the share of the year through it, linear (× 12 / month) or by a monthly profile; the inverse of PERIODBUDGET. Example: =OIT.FORECAST(800, 8) gives 1200.
 * @customfunction FORECAST FORECAST
 * @param outcome The outcome from January through the month.
 * @param month Through month, 1–12 (8 = Jan–Aug).
 * @param profile Optional profile: 12 weights Jan–Dec (normalised; need not sum to 1; not all zero through the month).
 * @param decimals Optional rounding as in Excel's ROUND: 0 whole kronor, -3 whole thousands; omitted, unrounded.
 * @returns The forecast for the full year.
 */
export function FORECAST(outcome: any, month: any, profile?: any[][], decimals?: any): number {
  return inExcel(() => {
    const weights = isBlank(profile) ? undefined : amountsOf(vectorOf(profile, "profile"));
    const actual = parseAmount(outcome, { argument: "outcome" });
    const unit = isBlank(decimals) ? undefined : moneyDecimals(decimals);
    return toNumber(forecast(actual, parseMonth(month, { argument: "month" }), weights, unit));
  });
}

/**
 * Each party's cost: its key share of the net shared cost (allocated exactly) plus its own lines. Example: =OIT.COSTSPLIT(Underlag[Utfall], Underlag[Fördelning], Fördelningsnycklar[Part], Fördelningsnycklar[Andel], 0)
 * @customfunction COSTSPLIT COSTSPLIT
 * @param amounts The column of amounts (revenues negative, costs positive); a blank amount is 0.
 * @param tags The column of allocations, one per amount: Gemensam (shared) or a party's name, compared as the report compares them (case, spaces and the kind of dash do not matter).
 * @param parties The parties' names, in the key's order.
 * @param key The shares, in the order and shape of the parties.
 * @param decimals Rounding as in Excel's ROUND (default 0: whole kronor).
 * @returns Each party's cost, in the shape of parties.
 */
export function COSTSPLIT(amounts: any[][], tags: any[][], parties: any[][], key: any[][], decimals?: any): number[][] {
  return inExcel(() => {
    const amountCells = vectorOf(amounts, "amounts");
    const tagCells = vectorOf(tags, "tags");
    if (tagCells.values.length !== amountCells.values.length) {
      const params = { actual: tagCells.values.length, expected: amountCells.values.length };
      throw functionsError("tagsCountDiffers", params, { argument: "tags" });
    }
    const lines = amountCells.values
      .map((value, i) => ({
        amount: parseAmount(value, amountCells.where(i)),
        tag: tagText(tagCells.values[i]),
        where: tagCells.where(i),
      }))
      // A row without amount or allocation is an empty ledger row (a whole column was selected).
      .filter((line) => line.tag !== "" || !line.amount.isZero());
    const { names, matrix } = partiesOf(parties);
    return toCells(inShapeOf(matrix, costSplit(lines, names, sharesOf(key).shares, moneyDecimals(decimals))));
  });
}

/**
 * Splits an annual amount into four quarterly amounts in a row that sum exactly to it (the remainder to the first quarters). Example: =OIT.QUARTERS(4023, 0) gives 1006, 1006, 1006, 1005.
 * @customfunction QUARTERS QUARTERS
 * @param annualAmount The annual amount, invoiced quarterly in advance.
 * @param decimals Rounding as in Excel's ROUND (default 0: whole kronor).
 * @returns Four quarterly amounts in a row.
 */
export function QUARTERS(annualAmount: any, decimals?: any): number[][] {
  return inExcel(() => {
    const annual = parseAmount(annualAmount, { argument: "annualAmount" });
    return toCells([quarters(annual, moneyDecimals(decimals))]);
  });
}

/**
 * The year-end settlement per party: its share of the actual net shared cost (allocated exactly) minus what it was invoiced. Positive is invoiced, negative credited. The net shared cost is the Gemensam lines; the host's financing lines (its own revenue lines that name a party, such as Intäkter från Mörbylånga kommun) are what was invoiced, not a cost, and its other own revenue (stock sales) is its own, like every own line. Example: =OIT.SETTLEMENT(8800, Fördelningsnycklar[Andel], E2:E3, 0) gives -89 and -111 when 4023 and 4977 were invoiced.
 * @customfunction SETTLEMENT SETTLEMENT
 * @param actual The actual net shared cost of the year: the Gemensam lines, without own lines and without the host's financing lines.
 * @param key The shares (summing to 1).
 * @param invoiced What each party was invoiced during the year, in the key's order and shape.
 * @param decimals Rounding as in Excel's ROUND (default 0: whole kronor).
 * @returns Each party's settlement, in the shape of key.
 */
export function SETTLEMENT(actual: any, key: any[][], invoiced: any[][], decimals?: any): number[][] {
  return inExcel(() => {
    const cost = parseAmount(actual, { argument: "actual" });
    const { shares, matrix } = sharesOf(key);
    const billed = amountsOf(vectorOf(invoiced, "invoiced"));
    return toCells(inShapeOf(matrix, settlement(cost, shares, billed, moneyDecimals(decimals))));
  });
}

/**
 * The report line of a code string by the rules of a Mappning table: the first rule that matches decides (workbook.md). Codes are compared as text; a code left out matches only a blank or * pattern. No matching rule is #N/A naming the code string. Example: =OIT.MAP(Mappning[#All], A2, B2) gives Personalkostnader and Gemensam for account 5010 on responsibility 1700.
 * @customfunction MAP MAP
 * @param rules The Mappning table with its header row (Konto, Ansvar, Verksamhet, Projekt, Motpart, Rad, Fördelning, Typ).
 * @param account Konto: a cell or a column.
 * @param responsibility Ansvar, as a cell or a column as long as account.
 * @param activity Verksamhet, likewise.
 * @param project Projekt, likewise.
 * @param counterparty Motpart, likewise.
 * @returns Rad and Fördelning, one row per code string.
 */
export function MAP(rules: any[][], account: any[][], responsibility?: any[][], activity?: any[][], project?: any[][], counterparty?: any[][]): any[][] {
  return inExcel(() => {
    const mapping = mappingFromRange(toMatrix(rules));
    const lists: CodeLists = { account: vectorOf(account, "account").values };
    const optional = { responsibility, activity, project, counterparty };
    for (const [column, value] of Object.entries(optional) as [Exclude<CodeColumn, "account">, unknown][]) {
      if (value !== null && value !== undefined) lists[column] = vectorOf(value, column).values;
    }
    const rows = mapCodeLists(mapping, lists);
    // One code string that no rule matches is the formula's #N/A; in a column it is that row's, so the others still show.
    if (rows.length === 1 && isOitError(rows[0])) throw rows[0];
    return rows.map((row) => (row === null ? ["", ""] : isOitError(row) ? [notAvailable(row), notAvailable(row)] : [row.line, row.allocation]));
  });
}
