import type { Notice } from "../errors";
import { requireCalculated } from "../workbook/calculated";
import { isBlankRow } from "../workbook/cells";
import { requireColumn } from "../workbook/columns";
import { normalizeName, textOf } from "../workbook/names";
import type { TableData } from "../workbook/types";
import { versionFingerprint } from "./fingerprint";
import { HISTORY_TABLE } from "./history";
import type { ForecastVersion } from "./types";

/** The add-in's record of what it locked, one row per version: the checksum of its rows at the time. */
export const SEALS_TABLE = "Prognoslås";
export const SEALS_HEADERS = ["Version", "Kontrollsumma"] as const;

export interface Seal {
  label: string;
  fingerprint: string;
}

export function readSeals(table: TableData | undefined): Seal[] {
  if (!table) return [];
  requireCalculated(table);
  const [version, fingerprint] = SEALS_HEADERS.map((name) => requireColumn(table, { name }).index);
  return table.rows.filter((row) => !isBlankRow(row)).map((row) => ({ label: textOf(row[version]), fingerprint: textOf(row[fingerprint]) }));
}

/**
 * Kontroll's warnings on the history (workbook.md "Locked forecasts": the add-in never edits or deletes a
 * version's rows): a version whose rows no longer match the checksum kept when it was locked (edited, sorted,
 * a row deleted or added), a sealed version whose rows are all gone, and a version no lock of the add-in made.
 */
export function historyWarnings(versions: readonly ForecastVersion[], seals: readonly Seal[]): Notice[] {
  const params = { table: HISTORY_TABLE, fingerprints: SEALS_TABLE };
  const sealOf = new Map(seals.map((seal) => [normalizeName(seal.label), seal]));
  const present = new Set(versions.map((version) => normalizeName(version.label)));
  const onVersions = versions.flatMap((version): Notice[] => {
    const seal = sealOf.get(normalizeName(version.label));
    const where = { table: HISTORY_TABLE, row: version.rows[0] };
    if (!seal) return [{ code: "historyUnsealed", params: { ...params, version: version.label }, where }];
    if (seal.fingerprint === versionFingerprint(version)) return [];
    return [{ code: "historyEdited", params: { ...params, version: version.label, fingerprint: seal.fingerprint }, where }];
  });
  const deleted = seals
    .filter((seal) => !present.has(normalizeName(seal.label)))
    .map((seal): Notice => ({ code: "historyDeleted", params: { ...params, version: seal.label }, where: { table: SEALS_TABLE } }));
  return [...onVersions, ...deleted];
}
