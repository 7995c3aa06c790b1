import type { MessageCode } from "./messages/catalog";
import type { MessageParams, Notice, Where } from "./notice";

export type { MessageParams, Notice, Where } from "./notice";

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
