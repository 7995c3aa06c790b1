import { sharedTag } from "../rules";
import { isBlank } from "../input";
import { COMMITTEE_TITLE, SHARED_TITLE, ownLineLabel, ownTitle } from "./labels";

/** A report line as the ledger knows it: its Rad and its Fördelning (every Fördelning for a line of the committee's own). */
export interface ReportLine {
  line: string;
  allocation: string;
}

/** The rows of Underlag a filter shows for the report line the user selected. */
export interface LedgerRowsShown extends ReportLine {
  /** Rows of Underlag the filter shows. */
  rows: number;
  sheet: string;
}

function text(value: unknown): string {
  return isBlank(value) ? "" : String(value).trim();
}

/** The table a title heads, as the Fördelning of its lines; undefined for a row that is no table's title. */
function allocationOfTitle(title: string, parties: readonly string[]): string | null | undefined {
  if (title === SHARED_TITLE) return sharedTag;
  if (title === COMMITTEE_TITLE) return null;
  return parties.find((party) => ownTitle(party) === title);
}

/** A line of the committee's table: "Rad (Part)" for a party's own line, else the shared line. */
function committeeLine(label: string, parties: readonly string[]): ReportLine {
  const party = parties.find((p) => label.endsWith(ownLineLabel("", p)));
  return party ? { line: label.slice(0, label.length - ownLineLabel("", party).length), allocation: party } : { line: label, allocation: sharedTag };
}

/**
 * The line at `row` (0-based) of a report sheet as layoutReport writes it, from the sheet's first
 * column down to that row: the table is the nearest title above with no blank row between (a table's
 * rows are contiguous), the line its label. `parties` name the own tables ("Varav Borgholms egna
 * kostnader"). Undefined for a row that is not under a table's title and header. A sum row comes back
 * too ("Summa kostnader"): no ledger row carries that Rad, which the caller says.
 */
export function reportLineAt(firstColumn: readonly unknown[], row: number, parties: readonly string[]): ReportLine | undefined {
  const label = text(firstColumn[row]);
  if (label === "") return undefined;
  for (let above = row - 1; above >= 0; above--) {
    const title = text(firstColumn[above]);
    if (title === "") return undefined;
    const allocation = allocationOfTitle(title, parties);
    if (allocation === undefined) continue;
    // The header (the unit) is right under the title; the lines come after it.
    if (row < above + 2) return undefined;
    return allocation === null ? committeeLine(label, parties) : { line: label, allocation };
  }
  return undefined;
}
