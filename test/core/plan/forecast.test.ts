import fc from "fast-check";
import { Dec } from "../../../src/core/decimal";
import { lockForecast } from "../../../src/core/plan/lock";
import { HISTORY_TABLE, readForecastHistory } from "../../../src/core/plan/history";
import { historyWarnings, SEALS_TABLE } from "../../../src/core/plan/seals";
import { roundParts } from "../../../src/core/report/declared";
import { forecastChangeTable, type ForecastSide } from "../../../src/core/report/forecastChange";
import { inCommitteeOrder, partsOf } from "../../../src/core/report/parts";
import { lineKey } from "../../../src/core/workbook/forecasts";
import { reportFromTables } from "../../../src/core/report/fromTables";
import type { ReportTable } from "../../../src/core/report/types";
import type { TableData } from "../../../src/core/workbook/types";
import { expectOitError } from "../expectOitError";
import { keys, settings, table, withLock } from "./tables";

const parties = ["Borgholm", "Mörbylånga"];
const workbookKeys = keys([
  [2025, "Borgholm", 0.447],
  [2025, "Mörbylånga", 0.553],
]);

function ledger(forecasts: Record<string, number>): TableData {
  return table("Underlag", ["Rad", "Fördelning", "Utfall", "Årsbudget", "Årsprognos"], [
    ["Personal", "Gemensam", 600.4, 1000, forecasts.Personal ?? 1000],
    ["Licenser", "Gemensam", 300, 400, forecasts.Licenser ?? 400],
    ["Bolag", "Gemensam", -100, -150, forecasts.Bolag ?? -150],
    ["Arvoden", "Mörbylånga", 10, 20, forecasts.Arvoden ?? 20],
  ]);
}

function locked(tables: TableData[], label: string, month?: number): TableData[] {
  return withLock(tables, { label, today: { year: 2025, month: 5, day: 2 }, month });
}

function change(report: { tables: ReportTable[] }): ReportTable {
  return report.tables.find((t) => t.id === "forecastChange") as ReportTable;
}

/** Figures in sentences group thousands with a no-break space and carry the typographic minus. */
const swedish = (text: string) => text.replace(/(\d) (?=\d{3}\b)/g, "$1\u00a0").replace(/−/g, "\u2212");

describe("lock and compare", () => {
  const base = [settings(), workbookKeys, ledger({})];

  it("appends the lines' forecasts under the label; a label in use is refused, whatever its case", () => {
    const once = locked(base, "T1 2025", 4);
    const versions = readForecastHistory(once.find((t) => t.name === HISTORY_TABLE), parties);
    expect(versions.map((v) => [v.label, v.throughMonth, v.lines.map((l) => [l.line, l.allocation, l.forecast.toNumber(), l.outcome.toNumber()])])).toEqual([
      ["T1 2025", 4, [["Personal", "Gemensam", 1000, 600.4], ["Licenser", "Gemensam", 400, 300], ["Bolag", "Gemensam", -150, -100], ["Arvoden", "Mörbylånga", 20, 10]]],
    ]);
    expect(versions[0].locked).toEqual({ year: 2025, month: 5, day: 2 });
    expectOitError(() => lockForecast(once, { label: "t1  2025", today: { year: 2025, month: 6, day: 1 } }), "lockLabelInUse", { sv: ["t1 2025", "Prognoshistorik"] });
    expectOitError(() => lockForecast(once, { label: "  ", today: { year: 2025, month: 6, day: 1 } }), "lockLabelEmpty");
    const twice = locked([...once.filter((t) => t.name !== "Underlag"), ledger({ Licenser: 450 })], "T2 2025");
    const history = twice.find((t) => t.name === HISTORY_TABLE) as TableData;
    expect(history.rows.slice(0, 4)).toEqual((once.find((t) => t.name === HISTORY_TABLE) as TableData).rows);
    expect(history.rows).toHaveLength(8);
  });

  it("compares the forecast now with the latest version by default, another by choice", () => {
    const t1 = locked(base, "T1 2025");
    const t2 = locked([...t1.filter((t) => t.name !== "Underlag"), ledger({ Licenser: 450 })], "T2 2025");
    const now = [...t2.filter((t) => t.name !== "Underlag"), ledger({ Licenser: 470, Personal: 990 })];
    const latest = change(reportFromTables(now));
    expect(latest.title).toBe("Förändring av årsprognosen sedan T2 2025");
    expect(latest.columns).toEqual(["Prognos T2 2025", "Årsprognos", "Förändring"]);
    expect(Object.fromEntries(latest.rows.map((r) => [r.label, r.values]))).toMatchObject({ Licenser: [450, 470, 20], Personal: [1000, 990, -10], Total: [1320, 1330, 10] });
    const report = reportFromTables(now, { compare: "T1 2025" });
    expect(change(report).rows.find((r) => r.label === "Licenser")?.values).toEqual([400, 470, 70]);
    expect(report.narrative.paragraphs.at(-1)).toBe(swedish("Årsprognosen har sedan T1 2025 ändrats med +60 tkr, från 1 270 tkr till 1 330 tkr. Mest har Licenser (+70 tkr) och Personal (−10 tkr) ändrats."));
    expectOitError(() => reportFromTables(now, { compare: "T9" }), "compareUnknownVersion", { sv: ["T9", "T1 2025, T2 2025"] });
    expect(reportFromTables(base).tables.some((t) => t.id === "forecastChange")).toBe(false);
  });

  it("gives prognossäkerhet at month 12: each version's Total forecast against the outcome, tkr and percent", () => {
    const t1 = locked(base, "T1 2025");
    const yearEnd = [settings([["Period t.o.m. månad", 12]]), ...t1.filter((t) => t.name !== "Inställningar")];
    expect(reportFromTables(yearEnd).forecastAccuracy).toEqual([{ version: "T1 2025", throughMonth: 8, forecast: 1270, outcome: 810, difference: 460, percent: 56.8 }]);
    expect(reportFromTables(t1).forecastAccuracy).toBeUndefined();
  });

  it("warns in Kontroll when a version's rows were edited or deleted, or never sealed", () => {
    const both = locked(locked(base, "T1 2025"), "T2 2025");
    const history = both.find((t) => t.name === HISTORY_TABLE) as TableData;
    const read = (rows: unknown[][]) => readForecastHistory({ ...history, rows }, parties);
    const seals = (both.find((t) => t.name === SEALS_TABLE) as TableData).rows.map(([label, fingerprint]) => ({ label: String(label), fingerprint: String(fingerprint) }));
    const codes = (rows: unknown[][], kept = seals) => historyWarnings(read(rows), kept).map((w) => [w.code, w.params.version]);
    expect(codes(history.rows)).toEqual([]);
    expect(codes(history.rows.map((row, i) => (i === 1 ? [...row.slice(0, 5), 401, row[6]] : row)))).toEqual([["historyEdited", "T1 2025"]]);
    expect(codes(history.rows.filter((_, i) => i !== 5))).toEqual([["historyEdited", "T2 2025"]]);
    expect(codes(history.rows.slice(4))).toEqual([["historyDeleted", "T1 2025"]]);
    expect(codes(history.rows, seals.slice(1))).toEqual([["historyUnsealed", "T1 2025"]]);
    // The same figure typed another way is the same figure.
    expect(codes(history.rows.map((row, i) => (i === 0 ? [...row.slice(0, 5), "1 000,00", row[6]] : row)))).toEqual([]);
  });
});

const sides = fc
  .record({ lines: fc.integer({ min: 1, max: 8 }), kr: fc.boolean() })
  .chain(({ lines, kr }) => {
    const amount = fc.integer({ min: -90_000_000, max: 90_000_000 }).map((n) => new Dec(n).div(kr ? 100_000 : 1000));
    const side = fc.array(amount, { minLength: lines, maxLength: lines });
    return fc.record({ a: side, b: side, c: side, owners: fc.array(fc.integer({ min: -1, max: 1 }), { minLength: lines, maxLength: lines }) });
  });

function sideOf(forecasts: Dec[], owners: number[]): ForecastSide[] {
  return forecasts.map((forecast, i) => ({ line: `Rad ${i}`, allocation: owners[i] < 0 ? "Gemensam" : parties[owners[i]], section: i % 2 ? "revenue" : "cost", forecast }));
}

/** The forecast now as a report displays it: its own column, rounded controlled over the same parts, by line and in Total. */
function shownNow(now: readonly ForecastSide[]): { lines: Map<string, bigint>; total: bigint } {
  const lines = now.map((side) => ({ label: side.line, allocation: side.allocation, section: side.section ?? "cost", figures: { forecast: side.forecast } }));
  const parts = inCommitteeOrder(partsOf(lines, parties));
  const rounded = roundParts([{ id: "forecast", header: "Årsprognos", rule: { figure: "forecast" } }], parts, "controlled");
  return {
    lines: new Map(parts.flatMap((part, p) => part.lines.map((line, i) => [lineKey(line.label, line.allocation), rounded.parts[p].lines[i].forecast] as const))),
    total: rounded.committee.total.forecast,
  };
}

const changeTable = (label: string, locked: ForecastSide[], now: ForecastSide[]): ReportTable =>
  forecastChangeTable(label, { locked, now, shownNow: shownNow(now).lines }, parties, "controlled", "tkr").table;

const exactChanges = (table: ReportTable): Dec[] => table.rows.map((row) => new Dec(row.exact[2]));

/** A line's row as the committee names it: an own line with its party. */
const rowLabel = (side: ForecastSide) => (side.allocation === "Gemensam" ? side.line : `${side.line} (${side.allocation})`);

describe("forecast change properties", () => {
  /*
   * That the displayed figures add up and stay within 1 of exact is the rounding's own suite (test/core/rounding);
   * the change's own promises: no change is zero, changes chain exactly, each line compares its locked forecast
   * with its forecast now, and the Årsprognos shown is the report's, line by line and in Total.
   */
  it("no change gives zero changes everywhere; A→B plus B→C is A→C exactly; the Årsprognos is the report's", () => {
    fc.assert(
      fc.property(sides, ({ a, b, c, owners }) => {
        const [A, B, C] = [a, b, c].map((side) => sideOf(side, owners));
        const same = changeTable("X", A, A);
        for (const row of same.rows) expect([row.values[2], row.exact[2]]).toEqual([0, 0]);
        const ab = changeTable("A", A, B);
        const bc = changeTable("B", B, C);
        const ac = changeTable("A", A, C);
        const sum = exactChanges(ab).map((value, i) => value.plus(exactChanges(bc)[i]));
        expect(sum.map(String)).toEqual(exactChanges(ac).map(String));
        for (const [t, locked, now] of [[ab, A, B], [bc, B, C], [ac, A, C]] as const) {
          const shown = shownNow(now);
          const byLabel = (rows: readonly { label: string; figures: number[] }[]) => new Map(rows.map((row) => [row.label, row.figures]));
          const lines = t.rows.filter((r) => r.kind === "line").map((row) => ({ label: row.label, figures: [row.exact[0], row.exact[1], row.values[1]] }));
          const expected = now.map((side, i) => ({ label: rowLabel(side), figures: [locked[i].forecast.toNumber(), side.forecast.toNumber(), Number(shown.lines.get(lineKey(side.line, side.allocation)))] }));
          expect(byLabel(lines)).toEqual(byLabel(expected));
          expect(t.rows.find((r) => r.kind === "total")!.values[1]).toBe(Number(shown.total));
        }
      }),
      { numRuns: 2000 }
    );
  });
});

/** Generated ledgers in kr with öre: 1–8 lines (shared or own, revenue or cost) and their forecast at three times. */
const ledgers = fc.integer({ min: 1, max: 8 }).chain((lines) => {
  const öre = fc.integer({ min: 0, max: 900_000_000 });
  const line = fc.record({ owner: fc.integer({ min: -1, max: 1 }), revenue: fc.boolean(), outcome: öre, budget: öre, a: öre, b: öre, c: öre });
  return fc.array(line, { minLength: lines, maxLength: lines });
});

type GeneratedLine = { owner: number; revenue: boolean; outcome: number; budget: number; a: number; b: number; c: number };

/** The workbook with the lines' forecasts at one time; revenue negative (domain.md's signs), the budget's sign its section. */
function generatedLedger(lines: readonly GeneratedLine[], time: "a" | "b" | "c"): TableData {
  const kr = (öre: number, revenue: boolean) => new Dec(öre).div(100).times(revenue ? -1 : 1).toNumber();
  return table("Underlag", ["Rad", "Fördelning", "Utfall", "Årsbudget", "Årsprognos"], lines.map((line, i) => [`Rad ${i}`, line.owner < 0 ? "Gemensam" : parties[line.owner], kr(line.outcome, line.revenue), kr(line.budget + 1, line.revenue), kr(line[time], line.revenue)]));
}

/** Each row's exact Förändring, by label, as exact decimals (the JSON's numbers are the decimals' shortest form). */
function exactChangeOf(report: { tables: ReportTable[] }): Map<string, Dec> {
  return new Map(change(report).rows.map((row) => [`${row.kind}:${row.label}`, new Dec(String(row.exact[2]))]));
}

describe("lock and compare through the workbook's tables (kr with öre, reported in tkr)", () => {
  it("lock → compare with no change is zero everywhere; comparing A→B plus B→C is A→C in exact figures", () => {
    const inKr = settings([["Enhet i underlaget", "kr"]]);
    fc.assert(
      fc.property(ledgers, (lines) => {
        const atA = locked([inKr, workbookKeys, generatedLedger(lines, "a")], "A");
        for (const row of change(reportFromTables(atA)).rows) expect([row.values[2], row.exact[2]]).toEqual([0, 0]);
        const atB = [...atA.filter((t) => t.name !== "Underlag"), generatedLedger(lines, "b")];
        const aToB = exactChangeOf(reportFromTables(atB, { compare: "A" }));
        const atC = [...locked(atB, "B").filter((t) => t.name !== "Underlag"), generatedLedger(lines, "c")];
        const bToC = exactChangeOf(reportFromTables(atC, { compare: "B" }));
        const aToC = exactChangeOf(reportFromTables(atC, { compare: "A" }));
        expect([...aToC.keys()]).toEqual([...aToB.keys()]);
        for (const [row, exact] of aToC) expect((aToB.get(row) as Dec).plus(bToC.get(row) as Dec).toString()).toBe(exact.toString());
      }),
      { numRuns: 2000 }
    );
  });
});
