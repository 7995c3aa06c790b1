import { OitError, isOitError, type Where } from "../errors";
import type { Dec } from "../decimal";
import { isBlank, parseAmount, parseDecimals, parseMonth } from "../input";
import { defaultPercentDecimals, percentDecimalsRange } from "../rules/key";
import { requireCalculated } from "./calculated";
import { cellWhere, placeParams } from "./cells";
import { contractTable, requireColumn } from "./columns";
import { normalizeName, textOf } from "./names";
import { findOptionalTable, findTable } from "./tables";
import type { Rounding, Settings, TableData, Unit } from "./types";
import { parseYear } from "./year";

/** Inställningar: a setting's name, and its value. */
export const { name: SETTINGS_TABLE, columns: settingsColumns, headers: SETTINGS_HEADERS } = contractTable("Inställningar", {
  setting: { name: "Inställning" },
  value: { name: "Värde" },
});

/** The rows of Inställningar (workbook.md), by the field of Settings they fill. */
export const settingNames: Record<keyof Settings, string> = {
  host: "Värdkommun",
  year: "År",
  throughMonth: "Period t.o.m. månad",
  inputUnit: "Enhet i underlaget",
  reportUnit: "Enhet i rapporten",
  rounding: "Avrundning",
  keyDecimals: "Nyckelns decimaler",
  trueUpThreshold: "Avräkning per tertial över",
};

/**
 * The settings that have a default, where a wrong guess shows: the board reads its reports in tkr (domain.md
 * section 7), with sums that add up, and a key with one percent decimal.
 */
export const defaultSettings: Readonly<Pick<Settings, "reportUnit" | "rounding" | "keyDecimals">> = {
  reportUnit: "tkr",
  rounding: "controlled",
  keyDecimals: defaultPercentDecimals,
};

/** Avrundning as the economist writes it in Inställningar. */
export const roundingWords: Record<Rounding, string> = { controlled: "summor stämmer", "per-cell": "per cell" };

/**
 * The rows a new Inställningar table starts with: every setting workbook.md names for the year, the host blank
 * for the economist to fill in, the period the whole year, the ledger in kr, the defaults as written.
 */
export function newSettingsRows(year: number): (string | number)[][] {
  return [
    [settingNames.host, ""],
    [settingNames.year, year],
    [settingNames.throughMonth, 12],
    [settingNames.inputUnit, "kr"],
    [settingNames.reportUnit, defaultSettings.reportUnit],
    [settingNames.rounding, roundingWords[defaultSettings.rounding]],
    [settingNames.keyDecimals, defaultSettings.keyDecimals],
  ];
}

type SettingCell = { value: unknown; where: Where; nameWhere: Where };
type SettingCells = Map<keyof Settings, SettingCell>;
type Parse<T> = (value: unknown, where: Where, setting: string) => T;

/**
 * The non-blank values of the settings `labels` names, by label; a setting given twice is an error naming
 * both rows. Unknown settings are left alone: the task pane and later versions may keep more rows in the
 * same table (the SIE dimensions of an import are read from it by their own labels).
 */
export function settingRows(table: TableData | undefined, labels: readonly string[]): Map<string, SettingCell> {
  const cells = new Map<string, SettingCell>();
  if (!table) return cells;
  requireCalculated(table);
  const name = requireColumn(table, settingsColumns.setting).index;
  const value = requireColumn(table, settingsColumns.value).index;
  const byName = new Map(labels.map((label) => [normalizeName(label), label]));
  table.rows.forEach((row, r) => {
    const label = byName.get(normalizeName(textOf(row[name])));
    if (!label || isBlank(row[value])) return;
    const cell = { value: row[value], where: cellWhere(table, r, value), nameWhere: cellWhere(table, r, name) };
    const earlier = cells.get(label);
    if (earlier) throw duplicateSetting(label, earlier.nameWhere, cell.nameWhere);
    cells.set(label, cell);
  });
  return cells;
}

function settingCells(table: TableData | undefined): SettingCells {
  const rows = settingRows(table, Object.values(settingNames));
  const cells: SettingCells = new Map();
  for (const [id, label] of Object.entries(settingNames) as [keyof Settings, string][]) {
    const cell = rows.get(label);
    if (cell) cells.set(id, cell);
  }
  return cells;
}

/** Which of two rows is meant cannot be guessed: a later row silently winning turned a ledger in tkr into kr. */
function duplicateSetting(setting: string, first: Where, second: Where): OitError {
  const firstPlace = placeParams(first);
  const secondPlace = placeParams(second);
  const params = { setting, first: firstPlace.row, firstCell: firstPlace.cell, second: secondPlace.row, secondCell: secondPlace.cell, table: secondPlace.table, sheet: secondPlace.sheet };
  return new OitError("duplicateSetting", params, second);
}

function oneOf<T>(choices: Record<string, T>): Parse<T> {
  return (value, where, setting) => {
    const choice = choices[normalizeName(textOf(value))];
    if (choice !== undefined) return choice;
    const allowed = Object.keys(choices);
    throw new OitError("badSetting", { setting, value: textOf(value), allowed, ...placeParams(where) }, where);
  };
}

const parseKeyDecimals: Parse<number> = (value, where) =>
  parseDecimals(value, percentDecimalsRange.min, percentDecimalsRange.max, defaultPercentDecimals, where);

/** A threshold in tkr, 0 or more. */
const parseThreshold: Parse<Dec> = (value, where, setting) => {
  const amount = attemptAmount(value);
  if (amount && !amount.isNegative()) return amount;
  throw new OitError("badThreshold", { setting, value: textOf(value), ...placeParams(where) }, where);
};

function attemptAmount(value: unknown): Dec | undefined {
  try {
    return parseAmount(value);
  } catch (error) {
    if (isOitError(error)) return undefined;
    throw error;
  }
}

const parseUnit = oneOf<Unit>({ kr: "kr", tkr: "tkr" });
const parseRounding = oneOf<Rounding>({
  [roundingWords.controlled]: "controlled",
  [roundingWords["per-cell"]]: "per-cell",
  controlled: "controlled",
  "per-cell": "per-cell",
});

/**
 * Settings from the Inställningar table (absent: all from `overrides` and defaults). Overrides (command-line
 * flags, the task pane's choices) win over the table. Defaults only where a wrong guess shows: the report in
 * tkr, controlled rounding, a key with one percent decimal. Host, year, month and the ledger's unit are
 * required: a ledger in tkr read as kr would be reported 1000 times too small, and nothing would look wrong.
 */
export function readSettings(table: TableData | undefined, overrides: Partial<Settings> = {}): Settings {
  const cells = settingCells(table);
  function setting<K extends keyof Settings>(id: K, parse: Parse<Settings[K]>, fallback?: Settings[K]): Settings[K] {
    const override = overrides[id] as Settings[K] | undefined;
    if (override !== undefined) return override;
    const cell = cells.get(id);
    if (cell) return parse(cell.value, cell.where, settingNames[id]);
    if (fallback !== undefined) return fallback;
    throw new OitError("missingSetting", { setting: settingNames[id], table: table?.name ?? SETTINGS_TABLE }, { table: table?.name ?? SETTINGS_TABLE, sheet: table?.sheet });
  }
  function optional<K extends keyof Settings>(id: K, parse: Parse<NonNullable<Settings[K]>>): Partial<Settings> {
    const override = overrides[id];
    if (override !== undefined) return { [id]: override };
    const cell = cells.get(id);
    return cell ? { [id]: parse(cell.value, cell.where, settingNames[id]) } : {};
  }
  return {
    host: setting("host", (value) => textOf(value)),
    year: setting("year", parseYear),
    throughMonth: setting("throughMonth", parseMonth),
    inputUnit: setting("inputUnit", parseUnit),
    reportUnit: setting("reportUnit", parseUnit, defaultSettings.reportUnit),
    rounding: setting("rounding", parseRounding, defaultSettings.rounding),
    keyDecimals: setting("keyDecimals", parseKeyDecimals, defaultSettings.keyDecimals),
    ...optional("trueUpThreshold", parseThreshold),
  };
}

/**
 * The report's unit as the Inställningar table states it (tkr when it does not), whatever unit a report is made
 * in: the unit the economist typed the causes in.
 */
export function settingsReportUnit(tables: readonly TableData[]): Unit {
  const cell = settingCells(findOptionalTable(tables, SETTINGS_TABLE)).get("reportUnit");
  return cell ? parseUnit(cell.value, cell.where, settingNames.reportUnit) : defaultSettings.reportUnit;
}

/** The settings without a default: a workbook without its Inställningar table can only go on if the caller gives them. */
const requiredSettings = ["host", "year", "throughMonth", "inputUnit"] as const;

/**
 * The workbook's settings: its Inställningar table, read with the caller's overrides. A missing
 * table is named as such (with the tables there are), not as its first missing setting.
 */
export function settingsOf(tables: readonly TableData[], overrides: Partial<Settings> = {}): Settings {
  const table = findOptionalTable(tables, SETTINGS_TABLE);
  // findTable throws missingTable, listing the tables the workbook has.
  if (!table && requiredSettings.some((id) => overrides[id] === undefined)) findTable(tables, SETTINGS_TABLE);
  return readSettings(table, overrides);
}
