import { OitError, isOitError } from "./errors";

/**
 * Every problem a reader found at once (a ledger's bad rows), thrown as the first of them: it reads, and is
 * handled, exactly as that one error, while a host that can show more lists them all without reading the
 * workbook again.
 */
export class OitProblems extends OitError {
  readonly problems: readonly OitError[];

  constructor(problems: readonly OitError[]) {
    const [first] = problems;
    super(first.code, first.params, first.where, first.causes, first.template);
    this.problems = problems;
  }
}

/** What to throw for problems found together: the one problem itself, or the first carrying them all. */
export function firstOfProblems(problems: readonly OitError[]): OitError {
  return problems.length === 1 ? problems[0] : new OitProblems(problems);
}

/** The problems an error stands for: all it carries, itself when it is a single one, none when it is not ours. */
export function problemsOf(error: unknown): readonly OitError[] {
  if (error instanceof OitProblems) return error.problems;
  return isOitError(error) ? [error] : [];
}

/** How many problems a host lists before saying "and N more": enough to see a pattern, few enough to read. */
export const SHOWN_PROBLEMS = 10;

/** The problems a host lists, and how many it leaves out. */
export function shownProblems<T>(problems: readonly T[], shown = SHOWN_PROBLEMS): { shown: readonly T[]; more: number } {
  return { shown: problems.slice(0, shown), more: Math.max(0, problems.length - shown) };
}
