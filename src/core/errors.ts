import type { MessageCode } from "./messages";

/**
 * Where a bad value was found, in the user's terms. Rows and columns are 1-based and
 * relative to the argument (custom functions) or to the table's data body (workbook).
 */
export interface Where {
  /** Id of a function argument (see messages/arguments.ts), localised when shown. */
  argument?: string;
  /** An export file (CSV, SIE) the value was read from. */
  file?: string;
  /** 1-based line of a file (SIE), where rows are not the unit. */
  line?: number;
  sheet?: string;
  table?: string;
  row?: number;
  column?: number;
  /** Header text of the column, shown instead of its number when known. */
  columnName?: string;
  /** Excel address (e.g. "Underlag!C7") when the host knows it; lets the pane select the cell. */
  address?: string;
}

export type MessageParams = Record<string, string | number | readonly string[]>;

/**
 * Something the user should see that does not stop the work (a report's warnings): a code and parameters like an
 * error, so each host reads it in the user's language with `describe(notice, language)`.
 */
export interface Notice {
  code: MessageCode;
  params: MessageParams;
  where?: Where;
  /** The several problems one notice stands for (every bad rule of a table), read into its `{causes}`. */
  causes?: readonly Notice[];
}

/**
 * The engine's only error type: a code and parameters, no language. Hosts turn it into
 * a sentence with `describe(error, language)` at the edge, so the engine stays pure and
 * the same error reads in Swedish or English.
 */
export class OitError extends Error implements Notice {
  readonly code: MessageCode;
  readonly params: MessageParams;
  readonly where?: Where;
  readonly causes?: readonly Notice[];

  constructor(code: MessageCode, params: MessageParams = {}, where?: Where, causes?: readonly Notice[]) {
    super(code);
    this.name = "OitError";
    this.code = code;
    this.params = params;
    this.where = where;
    if (causes) this.causes = causes;
  }
}

export function isOitError(value: unknown): value is OitError {
  return value instanceof OitError;
}

/** Add location facts to an error raised deeper down, keeping what it already knew. */
export function locate(error: unknown, where: Where): unknown {
  if (!isOitError(error)) return error;
  return new OitError(error.code, error.params, { ...where, ...error.where }, error.causes);
}
