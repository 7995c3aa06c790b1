import type { MessageCode } from "./messages/catalog";
import type { Template } from "./messages/types";
import type { MessageParams, Notice, Told, Where } from "./notice";

export type { EngineNotice, HostNotice, MessageParams, Notice, Told, Where } from "./notice";

/**
 * The engine's only error type: a code and parameters, no language. Hosts turn it into
 * a sentence with `describe(error, language)` at the edge, so the engine stays pure and
 * the same error reads in Swedish or English. A host raising its own error gives its sentence
 * too (messages' `hostMessages`), as a host's notice does.
 */
export class OitError extends Error {
  readonly code: string;
  readonly params: MessageParams;
  readonly where?: Where;
  readonly causes?: readonly Told[];
  readonly template?: Template;

  constructor(code: MessageCode, params?: MessageParams, where?: Where, causes?: readonly Told[]);
  constructor(code: string, params: MessageParams, where: Where | undefined, causes: readonly Told[] | undefined, template: Template | undefined);
  constructor(code: string, params: MessageParams = {}, where?: Where, causes?: readonly Told[], template?: Template) {
    super(code);
    this.name = "OitError";
    this.code = code;
    this.params = params;
    this.where = where;
    if (causes) this.causes = causes;
    if (template) this.template = template;
  }
}

export function isOitError(value: unknown): value is OitError {
  return value instanceof OitError;
}

/** Add location facts to an error raised deeper down, keeping what it already knew. */
export function locate(error: unknown, where: Where): unknown {
  if (!isOitError(error)) return error;
  return new OitError(error.code, error.params, { ...where, ...error.where }, error.causes, error.template);
}

/** A notice raised as an error (a finding that stops nothing is still shown as one), its sentence kept. */
export function noticeError(notice: Notice): OitError {
  return new OitError(notice.code, notice.params, notice.where, notice.causes, notice.template);
}
