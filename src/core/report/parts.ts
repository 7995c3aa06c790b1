import type { Dec } from "../decimal";
import type { Figures } from "../rounding";
import { sharedTag } from "../rules";
import type { Section } from "../workbook/types";
import { ownLineLabel, ownTitle, SHARED_TITLE } from "./labels";
import type { RowLabel } from "./rows";
import type { TableId } from "./types";

/** A line of a table of declared columns: where it belongs, and its exact figure by source (budget, a year, …). */
export interface DeclaredLine {
  label: string;
  allocation: string;
  section: Section;
  figures: Figures<Dec>;
  /** Displayed figures given by another table, by source, for the columns the table keeps. */
  kept?: Figures<bigint>;
}

/** A part table before rounding: the shared part, or one party's own lines. */
export interface Part<L extends DeclaredLine = DeclaredLine> {
  id: TableId;
  title: string;
  /** The party of an own part; none for the shared part. */
  party?: string;
  /** Revenue lines first, then cost lines, each in ledger order: the order the table shows them. */
  lines: L[];
}

/** The shared part (always, its caption settles the key) and one own part per party that has own lines, in key order. */
export interface Parts<L extends DeclaredLine = DeclaredLine> {
  shared: Part<L>;
  own: Part<L>[];
}

function inDisplayOrder<L extends DeclaredLine>(lines: readonly L[]): L[] {
  return [...lines.filter((line) => line.section === "revenue"), ...lines.filter((line) => line.section === "cost")];
}

export function partsOf<L extends DeclaredLine>(lines: readonly L[], parties: readonly string[]): Parts<L> {
  const shared: Part<L> = { id: "shared", title: SHARED_TITLE, lines: inDisplayOrder(lines.filter((line) => line.allocation === sharedTag)) };
  const own = parties
    .map((party): Part<L> => ({ id: `own:${party}`, title: ownTitle(party), party, lines: inDisplayOrder(lines.filter((line) => line.allocation === party)) }))
    .filter((part) => part.lines.length > 0);
  return { shared, own };
}

/** The parts in the committee's order: the shared part, then the own parts. */
export function inCommitteeOrder<L extends DeclaredLine>(parts: Parts<L>): Part<L>[] {
  return [parts.shared, ...parts.own];
}

/** A line where lines of several parts meet (the committee's table, the analysis): an own line named with its party. */
export function committeeLabel(part: Part, line: DeclaredLine): string {
  return part.party ? ownLineLabel(line.label, part.party) : line.label;
}

/** The committee's rows: every part's lines in part order. */
export function committeeLabels(parts: readonly Part[]): RowLabel[] {
  return parts.flatMap((part) => part.lines.map((line) => ({ section: line.section, label: committeeLabel(part, line) })));
}
