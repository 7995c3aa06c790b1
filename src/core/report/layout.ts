import { cellText } from "./cellText";
import { columnWidths } from "./columnWidths";
import { reportColumnIndex } from "./columns";
import { COMMITTEE, reportSheetName } from "./labels";
import type { BlockStyle, CellBlock, ChartSpec, SheetLayout } from "./layout.types";
import { printSettings } from "./printSettings";
import { tableNotes } from "./tableNote";
import type { Narrative, Report, ReportRow, ReportTable } from "./types";
import { wrapParagraphs } from "./wrapParagraphs";

export const AMOUNT_FORMAT = "#,##0;-#,##0";
/** A percentage written as its number of percent (4,2 means 4,2 %), one decimal. */
const PERCENT_FORMAT = "0.0;-0.0";
/**
 * The sheet's title: frozen on screen, repeated on every printed page. Each table carries its own
 * column headings (the tables' columns differ), so none are repeated above them: page 1 would show
 * the committee's twice, and a page of causes another table's.
 */
const HEADING_ROWS = 1;

/** One sheet row before positioning; null is a blank row that separates parts of the sheet. */
export type SheetRow = { cells: (string | number | null)[]; style: BlockStyle; numberFormat?: string } | null;

export function text(value: string, style: BlockStyle): SheetRow {
  return { cells: [value], style };
}

function figuresRow(row: ReportRow): SheetRow {
  return { cells: [row.label, ...row.values], style: row.kind, numberFormat: AMOUNT_FORMAT };
}

export function tableSection(table: ReportTable, unit: string): SheetRow[] {
  return [
    text(table.title, "title"),
    { cells: [unit, ...table.columns], style: "header" },
    ...table.rows.map(figuresRow),
    ...(table.caption ? [text(table.caption, "caption")] : []),
    ...tableNotes(table).map((note) => text(note, "note")),
    null,
  ];
}

/** Causes may carry decimals (an economist's "12,5 tkr"): show as many as they have, so the column adds up on screen. */
function causesFormat(amounts: readonly number[]): string {
  const decimals = Math.min(2, Math.max(0, ...amounts.map((n) => (String(n).split(".")[1] ?? "").length)));
  const zeros = decimals > 0 ? "." + "0".repeat(decimals) : "";
  return `#,##0${zeros};-#,##0${zeros}`;
}

function narrativeSection(narrative: Narrative, unit: string): SheetRow[] {
  const rows: SheetRow[] = [text("Avvikelseanalys (utkast)", "title"), ...narrative.paragraphs.map((p) => text(p, "text")), null];
  if (!narrative.causes) return rows;
  const format = causesFormat(narrative.causes.map((item) => item.amount));
  return [
    ...rows,
    { cells: ["Orsak", `Belopp, ${unit}`], style: "header" },
    ...narrative.causes.map((item): SheetRow => ({ cells: [item.label, item.amount], style: item.kind === "total" ? "total" : "line", numberFormat: format })),
    null,
  ];
}

/** Prognossäkerhet at year end: each locked version's Total forecast against the outcome, in the unit and percent. */
function accuracySection(report: Report): SheetRow[] {
  if (!report.forecastAccuracy) return [];
  return [
    text("Prognossäkerhet: låsta prognoser mot utfallet", "title"),
    { cells: [report.unit, "Prognos", "Utfall", "Skillnad", "Skillnad, %"], style: "header" },
    ...report.forecastAccuracy.map((row): SheetRow => ({ cells: [row.version, row.forecast, row.outcome, row.difference], style: "line", numberFormat: AMOUNT_FORMAT })),
    null,
  ];
}

/** The accuracy's percent column beside its figures (one decimal, a format of its own), from the first data row. */
function percentBlock(report: Report, firstRow: number): CellBlock[] {
  if (!report.forecastAccuracy?.length) return [];
  return [{ row: firstRow, column: 4, values: report.forecastAccuracy.map((row) => [row.percent]), style: "line", numberFormat: PERCENT_FORMAT }];
}

/** The chart's data: the shared lines' forecast deviation, next to each other (in the table, Summa intäkter splits them). */
function chartSection(report: Report): SheetRow[] {
  const lines = report.tables.find((table) => table.id === "shared")?.rows.filter((row) => row.kind === "line") ?? [];
  if (lines.length === 0) return [];
  return [
    text("Diagramunderlag: avvikelse mot årsbudget per gemensam rad", "caption"),
    ...lines.map((row): SheetRow => ({ cells: [row.label, row.values[reportColumnIndex("annualDeviation")]], style: "line", numberFormat: AMOUNT_FORMAT })),
  ];
}

function sameKind(a: CellBlock, row: NonNullable<SheetRow>): boolean {
  return a.style === row.style && a.numberFormat === row.numberFormat && a.values[0].length === row.cells.length;
}

/** Consecutive rows of one style become one block, so a host writes a table's lines as one 2D array; every text as a cell can hold it. */
export function toBlocks(rows: readonly SheetRow[]): CellBlock[] {
  const blocks: CellBlock[] = [];
  let previous: CellBlock | undefined;
  rows.forEach((sheetRow, r) => {
    if (!sheetRow) {
      previous = undefined;
      return;
    }
    const row = { ...sheetRow, cells: sheetRow.cells.map((cell) => (typeof cell === "string" ? cellText(cell) : cell)) };
    if (previous && sameKind(previous, row)) {
      previous.values.push(row.cells);
      return;
    }
    previous = { row: r, column: 0, values: [row.cells], style: row.style, ...(row.numberFormat ? { numberFormat: row.numberFormat } : {}) };
    blocks.push(previous);
  });
  return blocks;
}

/**
 * The report sheet (workbook.md "Output"): a title with the period and unit, frozen, each
 * table with its title, header, rows, caption and note, then the draft analysis and the causes, then the data
 * of the chart of the shared lines' forecast deviation. Numbers stay numbers with a number format.
 * Printed landscape, all columns on a page's width, the title on every page; the columns are
 * as wide as their headings and figures, and sentences wrap within the table's width.
 */
export function layoutReport(report: Report): SheetLayout {
  const body: SheetRow[] = [
    text(`${COMMITTEE} – Rapport ${report.periodLabel} ${report.year}, ${report.unit}`, "title"),
    null,
    ...report.tables.flatMap((table) => tableSection(table, report.unit)),
    ...narrativeSection(report.narrative, report.unit),
  ];
  const accuracy = accuracySection(report);
  const percents = percentBlock(report, body.length + 2);
  body.push(...accuracy);
  const chartRows = chartSection(report);
  // The chart's data sit under their caption row, labels in column 0 and deviations in column 1.
  const chart: ChartSpec | undefined = chartRows.length
    ? { title: `Avvikelse mot årsbudget, gemensamma kostnader (${report.unit})`, firstRow: body.length + 1, rowCount: chartRows.length - 1, labelColumn: 0, valueColumn: 1 }
    : undefined;
  const blocks = [...toBlocks([...body, ...chartRows]), ...percents];
  const widths = columnWidths(blocks);
  return {
    sheetName: reportSheetName(report),
    blocks: wrapParagraphs(blocks, widths),
    columnWidths: widths,
    freezeRows: HEADING_ROWS,
    print: printSettings("landscape", HEADING_ROWS),
    ...(chart ? { chart } : {}),
  };
}
