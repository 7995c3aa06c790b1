import { toNumber, type Dec } from "../core/decimal";
import { isOitError } from "../core/errors";
import { describe } from "../core/messages";
import { currentLanguage } from "./language";

/**
 * Runs a custom function's body. An engine error becomes the Excel error the user sees, with
 * the engine's sentence in the user's language; anything else is a defect and passes through.
 */
export function inExcel<T>(body: () => T): T {
  try {
    return body();
  } catch (error) {
    throw isOitError(error)
      ? new CustomFunctions.Error(excelErrorCode(error.code), describe(error, currentLanguage()))
      : error;
  }
}

function excelErrorCode(code: string): CustomFunctions.ErrorCode {
  return code === "divisionByZero" ? CustomFunctions.ErrorCode.divisionByZero : CustomFunctions.ErrorCode.invalidValue;
}

/** Exact results as the numbers Excel shows (-0 as 0). */
export function toCells(rows: readonly (readonly Dec[])[]): number[][] {
  return rows.map((row) => row.map(toNumber));
}
