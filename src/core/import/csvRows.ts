// The one place the engine loads papaparse: CSV's quoting rules (quoted delimiters, doubled quotes, line
// breaks inside quotes) are the kind a well-kept parser gets right and a split(";") does not.
import Papa from "papaparse";
import { OitError, type Where } from "../errors";
import type { Delimiter } from "./types";

/** The fields of each line of a CSV text, with the delimiter given; `preview` limits the lines read. */
export function csvRows(text: string, delimiter: Delimiter, where: (row: number) => Where, preview = 0): string[][] {
  const parsed = Papa.parse<string[]>(text, { delimiter, quoteChar: '"', header: false, skipEmptyLines: false, preview });
  const fatal = parsed.errors.find((error) => error.type === "Quotes");
  if (fatal) throw new OitError("csvQuote", {}, where((fatal.row ?? 0) + 1));
  return parsed.data;
}
