import { HISTORY_HEADERS, HISTORY_TABLE } from "../../../src/core/plan/history";
import { historyRows, lockForecast } from "../../../src/core/plan/lock";
import { SEALS_HEADERS, SEALS_TABLE } from "../../../src/core/plan/seals";
import type { TableData } from "../../../src/core/workbook/types";

export function table(name: string, headers: string[], rows: unknown[][]): TableData {
  return { name, sheet: name, headers, rows, origin: { row: 1, column: 0 } };
}

export function settings(extra: [string, unknown][] = []): TableData {
  const base: [string, unknown][] = [
    ["Värdkommun", "Borgholm"],
    ["År", 2025],
    ["Period t.o.m. månad", 8],
    ["Enhet i underlaget", "tkr"],
    ["Enhet i rapporten", "tkr"],
  ];
  const rows = [...base.filter(([key]) => !extra.some(([k]) => k === key)), ...extra];
  return table("Inställningar", ["Inställning", "Värde"], rows);
}

export function keys(rows: [number, string, number][]): TableData {
  return table("Fördelningsnycklar", ["År", "Part", "Användare", "Andel"], rows.map(([year, party, share]) => [year, party, null, share]));
}

/** The workbook after a lock, as a host appends it: the history and the seals as tables. */
export function withLock(tables: TableData[], lock: Parameters<typeof lockForecast>[1]): TableData[] {
  const locked = lockForecast(tables, lock);
  const others = tables.filter((t) => t.name !== HISTORY_TABLE && t.name !== SEALS_TABLE);
  return [
    ...others,
    table(HISTORY_TABLE, [...HISTORY_HEADERS], locked.versions.flatMap(historyRows)),
    table(SEALS_TABLE, [...SEALS_HEADERS], locked.seals.map((seal) => [seal.label, seal.fingerprint])),
  ];
}
