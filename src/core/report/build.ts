import { toNumber, type Dec } from "../decimal";
import { OitError, type Notice } from "../errors";
import { currentLines } from "../plan/currentLines";
import { HISTORY_TABLE } from "../plan/history";
import type { ForecastVersion } from "../plan/types";
import type { RoundedReport, RoundedTable, Table } from "../rounding";
import { lineKey } from "../workbook/forecasts";
import { sameName } from "../workbook/names";
import { unitFactor } from "../workbook/unitFactor";
import type { Cause, Profile, Settings, SummedLedger } from "../workbook/types";
import { deviationSplit, sharedCaption } from "./caption";
import { cellTextWarnings, textsOf } from "./cellText";
import { declaredLine, reportColumns } from "./columns";
import { figureSource, textSource } from "./figureSource";
import { roundParts } from "./declared";
import { forecastAccuracy } from "./forecastAccuracy";
import { forecastChangeSentence, forecastChangeTable, lockedSide, type ForecastChange } from "./forecastChange";
import { COMMITTEE_TITLE, periodLabel } from "./labels";
import { reportLines } from "./lines";
import { writeNarrative } from "./narrative";
import { committeeLabel, committeeLabels, inCommitteeOrder, partsOf, type Part, type Parts } from "./parts";
import type { ReportRequest } from "./request";
import { reportTable, shownNumbers, type TableOf } from "./rows";
import type { Report, ReportTable } from "./types";
import { boardFeeWarnings, periodWarnings } from "./warnings";

export interface ReportInput {
  settings: Settings;
  /** The key of the report's year: parties in key order and their shares (fractions summing to 1). */
  parties: readonly string[];
  shares: readonly Dec[];
  ledger: SummedLedger;
  profiles?: readonly Profile[];
  causes?: readonly Cause[];
  /** Warnings found while reading the workbook (e.g. the key), passed on to the report. */
  warnings?: readonly Notice[];
  /** Prognoshistorik's versions: the forecastChange table against the one the request compares with (default the latest). */
  versions?: readonly ForecastVersion[];
}

/** A part's table as rounded: its lines, displayed figures and exact figures by column id. */
interface RoundedPart {
  part: Part;
  shown: RoundedTable;
  exact: Table<Dec>;
}

/** The report's tables as named results: the committee's, the shared part's, and each party's own by party. */
interface ReportParts {
  committee: { shown: RoundedTable; exact: Table<Dec> };
  shared: RoundedPart;
  own: Map<string, RoundedPart>;
}

function namedParts(parts: Parts, rounded: RoundedReport): ReportParts {
  const [shared, ...own] = inCommitteeOrder(parts).map((part, p): RoundedPart => ({ part, shown: rounded.parts[p], exact: rounded.exact.parts[p] }));
  return { committee: { shown: rounded.committee, exact: rounded.exact.committee }, shared, own: new Map(own.map((table) => [table.part.party as string, table])) };
}

/** The version asked for by its label, else the last one appended; an unknown label is an error listing them. */
function comparedVersion(versions: readonly ForecastVersion[], label: string | undefined): ForecastVersion {
  if (label === undefined) return versions[versions.length - 1];
  const version = versions.find((candidate) => sameName(candidate.label, label));
  if (version) return version;
  throw new OitError("compareUnknownVersion", { version: label, table: HISTORY_TABLE, found: versions.map((v) => v.label) }, { table: HISTORY_TABLE });
}

/** Each line's displayed forecast by its key (Rad and Fördelning: a Rad in both sections sums its two lines). */
function shownForecasts(tables: readonly RoundedPart[]): Map<string, bigint> {
  const shown = new Map<string, bigint>();
  for (const { part, shown: table } of tables) {
    part.lines.forEach((line, i) => {
      const key = lineKey(line.label, line.allocation);
      shown.set(key, (shown.get(key) ?? 0n) + table.lines[i].forecast);
    });
  }
  return shown;
}

/** The forecastChange table against the version compared with, its sentence, and at month 12 the accuracy of every version. */
function forecastChangeOf(input: ReportInput, request: ReportRequest, tables: ReportParts): { change: ForecastChange; sentence: string; accuracy: Pick<Report, "forecastAccuracy"> } | undefined {
  const versions = input.versions ?? [];
  if (versions.length === 0) return undefined;
  const { settings, parties } = input;
  const unit = settings.reportUnit;
  const factor = unitFactor(settings.inputUnit, unit);
  const version = comparedVersion(versions, request.compare);
  const sides = { locked: lockedSide(version, factor), now: currentLines(input.ledger, settings, unit), shownNow: shownForecasts([tables.shared, ...tables.own.values()]) };
  const change = forecastChangeTable(version.label, sides, parties, settings.rounding, unit);
  const outcome = Number(tables.committee.shown.total.outcome);
  return {
    change,
    sentence: forecastChangeSentence(change, version.label, unit),
    accuracy: settings.throughMonth === 12 ? { forecastAccuracy: forecastAccuracy(versions, outcome, factor) } : {},
  };
}

/** Every line of the shared and own tables with its displayed forecast deviation, an own line named "Rad (Part)". */
function partLines(tables: readonly RoundedPart[]): { label: string; annualDeviation: number }[] {
  return tables.flatMap(({ part, shown }) =>
    part.lines.map((line, i) => ({ label: committeeLabel(part, line), annualDeviation: Number(shown.lines[i].annualDeviation) }))
  );
}

/** What `make` builds; an error it throws is thrown as `as` names it (a figure too large for a cell, by its ledger cell). */
function rethrowing<T>(make: () => T, as: (error: unknown) => unknown): T {
  try {
    return make();
  } catch (error) {
    throw as(error);
  }
}

/**
 * The report of workbook.md from parsed inputs: the committee's table, the shared part with its caption and
 * deviation split, one table per party with own lines; displayed figures rounded as the settings say. The
 * tables are rounded once, then the split, the caption and the analysis are written from their displayed
 * figures, and the report is returned finished.
 */
export function buildReport(input: ReportInput, request: ReportRequest = {}): Report {
  const { settings, parties, shares } = input;
  const unit = settings.reportUnit;
  const { keyDecimals } = settings;
  const period = periodLabel(settings.throughMonth);
  const columns = reportColumns(period);
  const lines = reportLines(input.ledger, settings, input.profiles ?? []);
  const parts = partsOf(lines.map(declaredLine), parties);
  const ordered = inCommitteeOrder(parts);
  const tables = namedParts(parts, roundParts(columns, ordered, settings.rounding));
  const tableOf = ({ part, shown, exact }: RoundedPart): ReportTable => reportTable({ id: part.id, title: part.title, columns, labels: part.lines, rounding: settings.rounding, unit }, shown, exact);
  const committeeOf: TableOf = { id: "total", title: COMMITTEE_TITLE, columns, labels: committeeLabels(ordered), rounding: settings.rounding, unit, showLines: request.committeeLines ?? false };
  const { shared, own, committee } = rethrowing(
    // The part tables first: a figure no cell can hold is refused naming the part it is in.
    () => ({ shared: tableOf(tables.shared), own: [...tables.own.values()].map(tableOf), committee: reportTable(committeeOf, tables.committee.shown, tables.committee.exact) }),
    (error) => figureSource(error, input.ledger, ordered, columns)
  );
  const split = deviationSplit(Number(tables.shared.shown.total.annualDeviation), parties, shares);
  const change = forecastChangeOf(input, request, tables);
  const narrative = writeNarrative(
    { year: settings.year, periodLabel: period, unit, total: shownNumbers(tables.committee.shown.total), deviationSplit: split, lines: partLines([tables.shared, ...tables.own.values()]) },
    shares,
    keyDecimals,
    input.causes ?? [],
    change ? [change.sentence] : []
  );
  const shownTables = [committee, { ...shared, caption: sharedCaption(split, shares, unit, keyDecimals) }, ...own, ...(change ? [change.change.table] : [])];
  return {
    year: settings.year,
    throughMonth: settings.throughMonth,
    periodLabel: period,
    unit,
    host: settings.host,
    key: parties.map((party, i) => ({ party, share: toNumber(shares[i]) })),
    rounding: settings.rounding,
    tables: shownTables,
    deviationSplit: split,
    narrative,
    warnings: [
      ...(input.warnings ?? []),
      ...boardFeeWarnings(lines, input.ledger),
      ...periodWarnings(input.ledger, settings.throughMonth, period),
      ...cellTextWarnings(textsOf({ tables: shownTables, narrative }), textSource(input.ledger)),
    ],
    ...change?.accuracy,
  };
}
