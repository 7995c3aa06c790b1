import { toNumber, type Dec } from "../decimal";
import type { Notice } from "../errors";
import { roundControlled, roundPerCell, type RoundedTable } from "../rounding";
import type { Table } from "../rounding/types";
import type { Cause, Ledger, Profile, Settings } from "../workbook/types";
import { deviationSplit, roundingNote, sharedCaption } from "./caption";
import { cellTextWarnings, textsOf } from "./cellText";
import { COMMITTEE_TITLE, columnTitles, ownLineLabel, periodLabel } from "./labels";
import { reportLines } from "./lines";
import { writeNarrative } from "./narrative";
import { partsOf, type Part } from "./parts";
import { tableRows, type RowLabel } from "./rows";
import type { Report, ReportTable } from "./types";
import { boardFeeWarnings, periodWarnings } from "./warnings";

export interface ReportInput {
  settings: Settings;
  /** The key of the report's year: parties in key order and their shares (fractions summing to 1). */
  parties: readonly string[];
  shares: readonly Dec[];
  ledger: Ledger;
  profiles?: readonly Profile[];
  causes?: readonly Cause[];
  /** Warnings found while reading the workbook (e.g. the key), passed on to the report. */
  warnings?: readonly Notice[];
}

export interface ReportOptions {
  /** Show every line in the committee's table, not only the three sum rows. */
  committeeLines?: boolean;
}

function table(part: { id: Report["tables"][number]["id"]; title: string }, columns: string[], labels: RowLabel[], rounded: RoundedTable, exact: Table<Dec>, note: string, showLines = true): ReportTable {
  const rows = tableRows({ title: part.title, columns }, labels, rounded, exact, showLines);
  const result: ReportTable = { id: part.id, title: part.title, columns, rows };
  if (!rounded.withinOne) result.note = note;
  return result;
}

function committeeLabels(parts: readonly Part[]): RowLabel[] {
  return parts.flatMap((part) => part.lines.map((line) => ({ section: line.section, label: part.party ? ownLineLabel(line.label, part.party) : line.label })));
}

/**
 * The report of workbook.md from parsed inputs: the committee's table, the shared part with its caption and
 * deviation split, one table per party with own lines; displayed figures rounded as the settings say.
 */
export function buildReport(input: ReportInput, options: ReportOptions = {}): Report {
  const { settings, parties, shares } = input;
  const unit = settings.reportUnit;
  const { keyDecimals } = settings;
  const period = periodLabel(settings.throughMonth);
  const columns = columnTitles(period);
  const note = roundingNote(unit);
  const lines = reportLines(input.ledger, settings, input.profiles ?? []);
  const parts = partsOf(lines, parties);
  const rounded = (settings.rounding === "per-cell" ? roundPerCell : roundControlled)(parts);
  const partTables = parts.map((part, i) => table(part, columns, part.lines, rounded.parts[i], rounded.exact.parts[i], note));
  const committee = table({ id: "total", title: COMMITTEE_TITLE }, columns, committeeLabels(parts), rounded.committee, rounded.exact.committee, note, options.committeeLines ?? false);
  const sharedTotal = partTables[0].rows[partTables[0].rows.length - 1];
  const split = deviationSplit(sharedTotal.values[5], parties, shares);
  partTables[0].caption = sharedCaption(split, shares, unit, keyDecimals);
  const report: Report = {
    year: settings.year,
    throughMonth: settings.throughMonth,
    periodLabel: period,
    unit,
    host: settings.host,
    key: parties.map((party, i) => ({ party, share: toNumber(shares[i]) })),
    rounding: settings.rounding,
    tables: [committee, ...partTables],
    deviationSplit: split,
    narrative: { paragraphs: [] },
    warnings: [...(input.warnings ?? []), ...boardFeeWarnings(lines, input.ledger), ...periodWarnings(input.ledger, settings.throughMonth, period)],
  };
  report.narrative = writeNarrative(report, shares, keyDecimals, input.causes ?? []);
  report.warnings.push(...cellTextWarnings(textsOf(report)));
  return report;
}
