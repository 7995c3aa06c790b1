import { sharedTag } from "../rules";
import type { ReportLine } from "./lines";
import { ownLineLabel, ownTitle, SHARED_TITLE } from "./labels";
import type { RowLabel } from "./rows";
import type { TableId } from "./types";

/** A part table before rounding: the shared part, or one party's own lines. */
export interface Part {
  id: TableId;
  title: string;
  /** The party of an own part; none for the shared part. */
  party?: string;
  /** Revenue lines first, then cost lines, each in ledger order: the order the table shows them. */
  lines: ReportLine[];
}

function inDisplayOrder(lines: readonly ReportLine[]): ReportLine[] {
  return [...lines.filter((line) => line.section === "revenue"), ...lines.filter((line) => line.section === "cost")];
}

/** The shared part (always, its caption settles the key) and one own part per party that has own lines, in key order. */
export function partsOf(lines: readonly ReportLine[], parties: readonly string[]): Part[] {
  const shared: Part = { id: "shared", title: SHARED_TITLE, lines: inDisplayOrder(lines.filter((line) => line.allocation === sharedTag)) };
  const own = parties
    .map((party): Part => ({ id: `own:${party}`, title: ownTitle(party), party, lines: inDisplayOrder(lines.filter((line) => line.allocation === party)) }))
    .filter((part) => part.lines.length > 0);
  return [shared, ...own];
}

/** The committee's rows: every part's lines in part order, an own line named with its party. */
export function committeeLabels(parts: readonly Part[]): RowLabel[] {
  return parts.flatMap((part) => part.lines.map((line) => ({ section: line.section, label: part.party ? ownLineLabel(line.label, part.party) : line.label })));
}
