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
