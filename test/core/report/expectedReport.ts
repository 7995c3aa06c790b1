import { Dec } from "../../../src/core/decimal";
import type { Report, ReportRow, ReportTable } from "../../../src/core/report";
import { ROUNDINGS, type RoundedTable } from "../../../src/core/rounding";
import { reportColumns } from "../../../src/core/report/columns";
import type { Section } from "../../../src/core/workbook/types";

/**
 * What a report must show for a ledger, computed here from the ledger's rows: that the displayed figures add up
 * and stay within 1 of exact is the rounding's own suite (test/core/rounding); a report shows the ledger's
 * figures, summed per line, and displays what the rounding makes of exactly those figures.
 */

interface Line {
  label: string;
  section: Section;
  /** Budget, Utfall, Årsbudget, Årsprognos in tkr, exact. */
  figures: Dec[];
}

interface Part {
  id: ReportTable["id"];
  lines: Line[];
}

const sectionOf = (typ: unknown): Section => (typ === "Intäkt" ? "revenue" : "cost");

/** The ledger's rows summed per Fördelning, section and Rad (each amount the decimal its cell shows), in tkr, first seen first. */
function linesOf(rows: readonly unknown[][]): Map<string, Line[]> {
  const sums = new Map<string, { allocation: string; line: Line; kronor: Dec[] }>();
  for (const [rad, allocation, typ, ...amounts] of rows) {
    const id = `${allocation}|${sectionOf(typ)}|${rad}`;
    const sum = sums.get(id) ?? { allocation: allocation as string, line: { label: rad as string, section: sectionOf(typ), figures: [] }, kronor: amounts.map(() => new Dec(0)) };
    sum.kronor = sum.kronor.map((total, c) => total.plus(String(amounts[c])));
    sums.set(id, sum);
  }
  const byAllocation = new Map<string, Line[]>();
  for (const { allocation, line, kronor } of sums.values()) {
    line.figures = kronor.map((figure) => figure.div(1000));
    byAllocation.set(allocation, [...(byAllocation.get(allocation) ?? []), line]);
  }
  return byAllocation;
}

/** domain.md section 7: the shared part always, then each party with own lines in key order; revenue lines first. */
function partsOf(rows: readonly unknown[][], parties: readonly string[]): Part[] {
  const lines = linesOf(rows);
  const inOrder = (of: Line[] = []) => [...of.filter((line) => line.section === "revenue"), ...of.filter((line) => line.section === "cost")];
  const own = parties.map((party): Part => ({ id: `own:${party}`, lines: inOrder(lines.get(party)) }));
  return [{ id: "shared", lines: inOrder(lines.get("Gemensam")) }, ...own.filter((part) => part.lines.length > 0)];
}

/** A line's six columns: Budget, Utfall, Avvikelse ack., Årsbudget, Årsprognos, Avvikelse. */
const columnsOf = ([budget, outcome, annualBudget, forecast]: Dec[]): Dec[] => [budget, outcome, budget.minus(outcome), annualBudget, forecast, annualBudget.minus(forecast)];

const exactRow = (figures: Dec[]) => columnsOf(figures).map((figure) => figure.toNumber());

const sumOf = (lines: readonly Line[]): Dec[] => [0, 1, 2, 3].map((c) => lines.reduce((sum, line) => sum.plus(line.figures[c]), new Dec(0)));

/** The rows a table shows for `lines` and its rounded figures, sums from the lines' exact figures. */
function expectedRows(lines: readonly Line[], rounded: RoundedTable, label: (line: Line, i: number) => string): Pick<ReportRow, "label" | "values" | "exact">[] {
  const ids = reportColumns("").map((column) => column.id);
  const shown = (values: Readonly<Record<string, bigint>>) => ids.map((id) => Number(values[id]));
  const section = (of: Section) => lines.flatMap((line, i) => (line.section === of ? [{ label: label(line, i), values: shown(rounded.lines[i]), exact: exactRow(line.figures) }] : []));
  const revenue = lines.filter((line) => line.section === "revenue");
  const cost = lines.filter((line) => line.section === "cost");
  return [
    ...section("revenue"),
    { label: "Summa intäkter", values: shown(rounded.revenue), exact: exactRow(sumOf(revenue)) },
    ...section("cost"),
    { label: "Summa kostnader", values: shown(rounded.cost), exact: exactRow(sumOf(cost)) },
    { label: "Total", values: shown(rounded.total), exact: exactRow(sumOf(lines)) },
  ];
}

const shownRows = (table: ReportTable) => table.rows.map(({ label, values, exact }) => ({ label, values, exact }));


/**
 * The report of a ledger (rows of Rad, Fördelning, Typ, Budget, Utfall, Årsbudget, Prognos in kr with öre, shown
 * in tkr, every committee line shown) is its part tables and the committee, each row as computed here.
 */
export function expectReportOf(report: Report, rows: readonly unknown[][], parties: readonly string[]): void {
  const parts = partsOf(rows, parties);
  const lines = parts.map((part) => ({ lines: part.lines.map(({ section, figures: [budget, outcome, annualBudget, forecast] }) => ({ section, figures: { budget, outcome, annualBudget, forecast } })) }));
  const rounded = ROUNDINGS[report.rounding](reportColumns(""), lines);
  const [committee, ...partTables] = report.tables.filter((table) => table.id !== "forecastChange");
  expect(partTables.map((table) => table.id)).toEqual(parts.map((part) => part.id));
  parts.forEach((part, p) => expect(shownRows(partTables[p])).toEqual(expectedRows(part.lines, rounded.parts[p], (line) => line.label)));
  const party = (id: string) => id.slice("own:".length);
  const committeeLines = parts.flatMap((part) => part.lines.map((line) => ({ line, label: part.id === "shared" ? line.label : `${line.label} (${party(part.id)})` })));
  expect(shownRows(committee)).toEqual(expectedRows(committeeLines.map(({ line }) => line), rounded.committee, (_, i) => committeeLines[i].label));
  expect([committee, ...partTables].map((table) => table.note !== undefined)).toEqual([rounded.committee, ...rounded.parts].map((table) => !table.withinOne));
}
