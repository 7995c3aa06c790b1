import type { MessageCode } from "./messages/catalog";
import type { Template } from "./messages/types";

/*
 * The shape of what a user is told, apart from how it is told: the engine's errors (errors.ts) and the sentences
 * (messages/) both build on these types, and neither needs the other's module to do so.
 */

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
 * error, so each host reads it in the user's language with `describe(notice, language)`. The engine's notices name a
 * code of its catalog (messages/); a host's own (the command line's, the Office adapter's) carry their sentences,
 * since only that host knows them and another may show them (the pane shows what the Office adapter raised).
 */
export type Notice = EngineNotice | HostNotice;

export interface EngineNotice {
  code: MessageCode;
  params: MessageParams;
  where?: Where;
  /** The several problems one notice stands for (every bad rule of a table), read into its `{causes}`. */
  causes?: readonly Told[];
  template?: undefined;
}

export interface HostNotice {
  code: string;
  params: MessageParams;
  where?: Where;
  /** The sentence of `code` in both languages, from the host that raised it. */
  template: Template;
  /** The several problems one notice stands for, read into its `{causes}`. */
  causes?: readonly Told[];
}

/** What a notice or an error tells, as `describe` reads it: the engine's by its code alone, a host's with its sentence. */
export interface Told {
  code: string;
  params: MessageParams;
  where?: Where;
  template?: Template;
  causes?: readonly Told[];
}
