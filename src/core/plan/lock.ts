import { toNumber } from "../decimal";
import { OitError } from "../errors";
import type { CalendarDate } from "../workbook/dates";
import { excelSerial } from "../workbook/dates";
import { normalizeName } from "../workbook/names";
import { findOptionalTable } from "../workbook/tables";
import type { Settings, TableData } from "../workbook/types";
import { readYearLines } from "../workbook/yearInputs";
import { currentLines } from "./currentLines";
import { versionFingerprint } from "./fingerprint";
import { HISTORY_TABLE, readForecastHistory } from "./history";
import { readSeals, SEALS_TABLE, type Seal } from "./seals";
import type { ForecastVersion } from "./types";

export interface LockRequest {
  label: string;
  /** The day of the lock (the host's today): the core has no clock. */
  today: CalendarDate;
  month?: number;
  year?: number;
}

export interface Lock {
  /** The versions before the lock, as read, then the new one: the history after appending. */
  versions: ForecastVersion[];
  /** The checksums kept beside them, the new version's last. */
  seals: Seal[];
  /** The new version. */
  locked: ForecastVersion;
}

/** A version's rows as Prognoshistorik holds them (its columns' order), Låst as an Excel date serial. */
export function historyRows(version: ForecastVersion): (string | number)[][] {
  const locked = excelSerial(version.locked);
  return version.lines.map((line) => [version.label, locked, version.throughMonth, line.line, line.allocation, toNumber(line.forecast), toNumber(line.outcome)]);
}

/**
 * Lås prognos (workbook.md "Locked forecasts"): every current line's forecast and outcome, in the ledger's unit,
 * as a new version under the economist's label, appended after the versions there are; a label in use is
 * refused, as the add-in never changes a locked version. The new version's checksum goes beside it.
 */
export function lockForecast(tables: readonly TableData[], request: LockRequest): Lock {
  const label = request.label.trim();
  if (!label) throw new OitError("lockLabelEmpty", {});
  const overrides: Partial<Settings> = { ...(request.month && { throughMonth: request.month }), ...(request.year && { year: request.year }) };
  const { settings, key, ledger } = readYearLines(tables, overrides);
  const versions = readForecastHistory(findOptionalTable(tables, HISTORY_TABLE), key.parties);
  if (versions.some((version) => normalizeName(version.label) === normalizeName(label))) {
    throw new OitError("lockLabelInUse", { version: label, table: HISTORY_TABLE }, { table: HISTORY_TABLE });
  }
  const first = versions.reduce((rows, version) => rows + version.lines.length, 0) + 1;
  const lines = currentLines(ledger, settings).map((line, i) => ({ ...line, where: { table: HISTORY_TABLE, row: first + i } }));
  const locked: ForecastVersion = { label, locked: request.today, throughMonth: settings.throughMonth, lines, rows: lines.map((line) => line.where.row) };
  const seals = readSeals(findOptionalTable(tables, SEALS_TABLE));
  return { versions: [...versions, locked], seals: [...seals, { label, fingerprint: versionFingerprint(locked) }], locked };
}
