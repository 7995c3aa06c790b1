import { OitError } from "../../../src/core/errors";
import type { TableData } from "../../../src/core/workbook/types";

/** A table as a host would hand it over, placed at B3 (header on row 3) unless told otherwise. */
export function table(name: string, headers: string[], rows: unknown[][], sheet = name, origin = { row: 3, column: 1 }): TableData {
  return { name, sheet, headers, rows, origin };
}

export function settingsTable(values: Record<string, unknown>): TableData {
  return table("Inställningar", ["Inställning", "Värde"], Object.entries(values), "Inställningar", { row: 1, column: 0 });
}

export const standardSettings = {
  Värdkommun: "Borgholm",
  År: 2027,
  "Period t.o.m. månad": 8,
  "Enhet i underlaget": "kr",
  "Enhet i rapporten": "tkr",
  Avrundning: "summor stämmer",
};

export function keysTable(rows: unknown[][] = [
  [2027, "Borgholm", 1700, null],
  [2027, "Mörbylånga", 2100, null],
]): TableData {
  return table("Fördelningsnycklar", ["År", "Part", "Användare", "Andel"], rows, "Inställningar", { row: 12, column: 0 });
}

export const ledgerHeaders = ["Rad", "Fördelning", "Typ", "Budget jan-aug", "Utfall jan–aug", "Årsbudget", "Prognos"];

/** The hand-checked ledger of report.test.ts, in kr with öre. */
export const smallLedger: unknown[][] = [
  ["Intäkter från bolag", "Gemensam", "Intäkt", -200000, -250000, -300000, -360000],
  ["Personalkostnader", "Gemensam", "Kostnad", 4000400, 3899600, 6000000, 5899800],
  ["Licenser", "gemensam ", "Kostnad", 1000000, 1120000, 1500000, 1620000],
  ["Nämndsarvoden", "Borgholm", "Kostnad", 100000, 90000, 150000, 150000],
  ["Personalkostnader", "Gemensam", "Kostnad", null, "1 234,50", null, ""],
];

export function ledgerTable(rows: unknown[][] = smallLedger, headers = ledgerHeaders): TableData {
  return table("Underlag", headers, rows, "Underlag", { row: 1, column: 0 });
}

export function workbook(overrides: { settings?: Record<string, unknown>; keys?: TableData; ledger?: TableData; extra?: TableData[] } = {}): TableData[] {
  return [
    settingsTable(overrides.settings ?? standardSettings),
    overrides.keys ?? keysTable(),
    overrides.ledger ?? ledgerTable(),
    ...(overrides.extra ?? []),
  ];
}

/** The error a call throws, so a test can check its code, place and both messages. */
export function errorOf(run: () => unknown): OitError {
  try {
    run();
  } catch (error) {
    if (error instanceof OitError) return error;
    throw error;
  }
  throw new Error("expected an OitError");
}
