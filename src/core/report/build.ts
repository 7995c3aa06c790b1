import { toNumber, type Dec } from "../decimal";
import { OitError, type Notice } from "../errors";
import { currentLines } from "../plan/currentLines";
import { HISTORY_TABLE } from "../plan/history";
import type { ForecastVersion } from "../plan/types";
import { sameName } from "../workbook/names";
import { unitFactor } from "../workbook/unitFactor";
import { forecastAccuracy } from "./forecastAccuracy";
import { forecastChangeSentence, forecastChangeTable, lockedSide } from "./forecastChange";
import { roundControlled, roundPerCell, type RoundedTable } from "../rounding";
import type { Table } from "../rounding/types";
import type { Cause, Ledger, Profile, Settings } from "../workbook/types";
import { deviationSplit, roundingNote, sharedCaption } from "./caption";
import { cellTextWarnings, textsOf } from "./cellText";
import { COMMITTEE_TITLE, columnTitles, periodLabel } from "./labels";
import { reportLines } from "./lines";
import { writeNarrative } from "./narrative";
import { committeeLabels, partsOf } from "./parts";
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
  /** Prognoshistorik's versions and the one to compare with (default the latest): the forecastChange table. */
  history?: { versions: readonly ForecastVersion[]; compare?: string };
}

export interface ReportOptions {
  /** Show every line in the committee's table, not only the three sum rows. */
  committeeLines?: boolean;
}

/** The version asked for by its label, else the last one appended; an unknown label is an error listing them. */
function comparedVersion(versions: readonly ForecastVersion[], label: string | undefined): ForecastVersion {
  if (label === undefined) return versions[versions.length - 1];
  const version = versions.find((candidate) => sameName(candidate.label, label));
  if (version) return version;
  throw new OitError("compareUnknownVersion", { version: label, table: HISTORY_TABLE, found: versions.map((v) => v.label) }, { table: HISTORY_TABLE });
}

/** The forecastChange table against the version compared with, its sentence, and at month 12 the accuracy of every version. */
function forecastChangeOf(input: ReportInput, committee: ReportTable): { table: ReportTable; sentence: string; accuracy: Pick<Report, "forecastAccuracy"> } | undefined {
  const versions = input.history?.versions ?? [];
  if (versions.length === 0) return undefined;
  const { settings, parties } = input;
  const unit = settings.reportUnit;
  const factor = unitFactor(settings.inputUnit, unit);
  const version = comparedVersion(versions, input.history?.compare);
  const table = forecastChangeTable(version.label, lockedSide(version, factor), currentLines(input.ledger, settings, unit), parties, settings.rounding, unit);
  const outcome = (committee.rows.find((row) => row.kind === "total") as ReportTable["rows"][number]).values[1];
  return {
    table,
    sentence: forecastChangeSentence(table, version.label, unit),
    accuracy: settings.throughMonth === 12 ? { forecastAccuracy: forecastAccuracy(versions, outcome, factor) } : {},
  };
}

function table(part: { id: Report["tables"][number]["id"]; title: string }, columns: string[], labels: RowLabel[], rounded: RoundedTable, exact: Table<Dec>, note: string, showLines = true): ReportTable {
  const rows = tableRows({ title: part.title, columns }, labels, rounded, exact, showLines);
  const result: ReportTable = { id: part.id, title: part.title, columns, rows };
  if (!rounded.withinOne) result.note = note;
  return result;
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
  const change = forecastChangeOf(input, committee);
  const withChange = change ? { ...report, tables: [...report.tables, change.table], ...change.accuracy } : report;
  const finished = { ...withChange, narrative: writeNarrative(withChange, shares, keyDecimals, input.causes ?? [], change ? [change.sentence] : []) };
  return { ...finished, warnings: [...finished.warnings, ...cellTextWarnings(textsOf(finished))] };
}
