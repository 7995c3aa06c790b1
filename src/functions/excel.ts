import { toNumber, type Dec } from "../core/decimal";
import { isOitError, locate, type OitError } from "../core/errors";
import { currentLanguage } from "./language";
import { functionMessage } from "./message";

/**
 * Runs a custom function's body. An engine error becomes the Excel error the user sees, with
 * the engine's sentence in the user's language; anything else is a defect and passes through.
 */
export function inExcel<T>(body: () => T): T {
  try {
    return body();
  } catch (error) {
    throw isOitError(error)
      ? new CustomFunctions.Error(excelErrorCode(error.code), functionMessage(error, currentLanguage()))
      : error;
  }
}

/** Excel's own error for the kind of problem: #DIV/0! for a zero budget, #NUM! for a result no cell holds, #N/A for an unmapped code string. */
function excelErrorCode(code: string): CustomFunctions.ErrorCode {
  if (code === "divisionByZero") return CustomFunctions.ErrorCode.divisionByZero;
  if (code === "resultTooLarge") return CustomFunctions.ErrorCode.invalidNumber;
  // No rule for a code string is "not available" (#N/A), as a lookup that finds nothing is in Excel.
  if (code === "noRuleMatches") return CustomFunctions.ErrorCode.notAvailable;
  return CustomFunctions.ErrorCode.invalidValue;
}

/** An engine error as the cell's error value inside an array result (one cell of many). */
export function notAvailable(error: OitError): CustomFunctions.Error {
  return new CustomFunctions.Error(excelErrorCode(error.code), functionMessage(error, currentLanguage()));
}

/** Exact results as the numbers Excel shows (-0 as 0); one a cell cannot hold is an error naming its cell. */
export function toCells(rows: readonly (readonly Dec[])[]): number[][] {
  return rows.map((row, r) =>
    row.map((value, c) => {
      try {
        return toNumber(value);
      } catch (error) {
        throw locate(error, { row: r + 1, column: c + 1 });
      }
    })
  );
}
