import fc from "fast-check";
import type { ReportTable } from "../../../src/core/report";
import { reportColumnIndex, reportFromTables } from "../../../src/core/report";
import { withLock } from "../plan/tables";
import { keysTable, ledgerTable, settingsTable, standardSettings } from "./fixtures";
import { ledgerArb } from "./generators";

/*
 * The forecast change's Årsprognos is the committee's: each line shows what the committee's lines of that Rad
 * and Fördelning display (a Rad with revenue and cost lines is one line there, their sum), and its Total the
 * committee's Total Årsprognos, whatever the rounding; the table still adds up (Förändring = now − locked).
 */

const kronor = fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }).map((ore) => ore / 100);

/** A generated ledger, locked, then its forecasts changed (a line may also be gone or new). */
const changedArb = ledgerArb.filter((generated) => generated.rows.length > 0).chain((generated) =>
  fc.record({ generated: fc.constant(generated), forecasts: fc.array(kronor, { minLength: generated.rows.length, maxLength: generated.rows.length }), kept: fc.array(fc.boolean(), { minLength: generated.rows.length, maxLength: generated.rows.length }) })
);

const partyNames = ["Borgholm", "Mörbylånga", "Kalmar", "Torsås"];

interface Changed {
  generated: { users: number[]; rounding: string; rows: unknown[][] };
  forecasts: number[];
  kept: boolean[];
}

function reports({ generated, forecasts, kept }: Changed) {
  const base = [settingsTable({ ...standardSettings, Avrundning: generated.rounding }), keysTable(generated.users.map((users, i) => [2027, partyNames[i], users, null]))];
  const before = withLock([...base, ledgerTable(generated.rows)], { label: "T1 2027", today: { year: 2027, month: 5, day: 2 } });
  const now = generated.rows.flatMap((row, i) => (kept[i] ? [[...row.slice(0, 6), forecasts[i]]] : []));
  return reportFromTables([...before.filter((t) => t.name !== "Underlag"), ledgerTable(now)], { committeeLines: true });
}

const FORECAST = reportColumnIndex("forecast");
/** The forecast change's columns: Prognos <version>, Årsprognos, Förändring. */
const [LOCKED, NOW, CHANGE] = [0, 1, 2];

const byId = (tables: readonly ReportTable[], id: string) => tables.find((t) => t.id === id) as ReportTable;

describe("the forecast change shows the committee's Årsprognos", () => {
  it("line by line and in Total, on generated ledgers in both roundings", () => {
    fc.assert(
      fc.property(changedArb, (changed) => {
        const report = reports(changed);
        const committee = byId(report.tables, "total");
        const change = byId(report.tables, "forecastChange");
        const committeeNow = new Map<string, number>();
        for (const row of committee.rows.filter((r) => r.kind === "line")) committeeNow.set(row.label, (committeeNow.get(row.label) ?? 0) + row.values[FORECAST]);
        const lines = change.rows.filter((r) => r.kind === "line");
        expect(lines.map((r) => [r.label, r.values[NOW]])).toEqual(lines.map((r) => [r.label, committeeNow.get(r.label) ?? 0]));
        expect(change.rows.find((r) => r.kind === "total")!.values[NOW]).toBe(committee.rows.find((r) => r.kind === "total")!.values[FORECAST]);
        if (report.rounding === "controlled") for (const row of change.rows) expect(row.values[CHANGE]).toBe(row.values[NOW] - row.values[LOCKED]);
      }),
      { numRuns: 300 }
    );
  });
});
