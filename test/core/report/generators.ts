import fc from "fast-check";
import { reportFromTables, type Report } from "../../../src/core/report";
import { keysTable, ledgerTable, settingsTable, standardSettings } from "./fixtures";

export const partyNames = ["Borgholm", "Mörbylånga", "Kalmar", "Torsås"];

/** Kronor with öre, both signs, up to ten million. */
const kronor = fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }).map((ore) => ore / 100);

export const ledgerArb = fc.integer({ min: 2, max: 4 }).chain((partyCount) =>
  fc.record({
    users: fc.array(fc.integer({ min: 1, max: 5000 }), { minLength: partyCount, maxLength: partyCount }),
    rounding: fc.constantFrom("summor stämmer", "summor stämmer", "per cell"),
    rows: fc.array(
      fc.tuple(
        fc.integer({ min: 1, max: 40 }).map((n) => `Rad ${n}`),
        fc.constantFrom("Gemensam", ...partyNames.slice(0, partyCount)),
        fc.constantFrom("Intäkt", "Kostnad"),
        kronor,
        kronor,
        kronor,
        kronor
      ),
      { minLength: 0, maxLength: 60 }
    ),
  })
);

export interface GeneratedLedger {
  users: number[];
  rounding: string;
  /** Rad, Fördelning, Typ, then Budget, Utfall, Årsbudget and Prognos in kr with öre. */
  rows: unknown[][];
}

export function reportOf(generated: GeneratedLedger): Report {
  const keys = keysTable(generated.users.map((users, i) => [2027, partyNames[i], users, null]));
  return reportFromTables([settingsTable({ ...standardSettings, Avrundning: generated.rounding }), keys, ledgerTable(generated.rows)], { committeeLines: true });
}

