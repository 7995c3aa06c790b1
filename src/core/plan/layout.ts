import { columnWidths } from "../report/columnWidths";
import { COMMITTEE } from "../report/labels";
import { AMOUNT_FORMAT, tableSection, text, toBlocks, type SheetRow } from "../report/layout";
import type { SheetLayout } from "../report/layout.types";
import { printSettings } from "../report/printSettings";
import { wrapParagraphs } from "../report/wrapParagraphs";
import type { PlanPriorities, PlanReport } from "./planTypes";

/** "Budget och plan 2024–2026" (one year: "Budget och plan 2025"). */
export function planSheetName(plan: Pick<PlanReport, "years">): string {
  const [first, last] = plan.years;
  return `Budget och plan ${first === last ? first : `${first}–${last}`}`;
}

function figures(label: string, values: readonly number[], style: "line" | "sum" | "total"): SheetRow {
  return { cells: [label, ...values], style, numberFormat: AMOUNT_FORMAT };
}

/** The priorities under the tables: the proposals, Totalt förslag, Varav delas mellan kommunerna and each party's part. */
function prioritiesSection(priorities: PlanPriorities, unit: string): SheetRow[] {
  return [
    text("Prioriteringar", "title"),
    { cells: [unit, ...priorities.columns], style: "header" },
    ...priorities.rows.map((row) => figures(row.allocation === "Gemensam" ? row.label : `${row.label} (${row.allocation})`, row.values, "line")),
    figures("Totalt förslag", priorities.total, "sum"),
    figures("Varav delas mellan kommunerna", priorities.shared, "sum"),
    ...priorities.parts.map((part) => figures(`varav ${part.party}`, part.values, "line")),
    null,
  ];
}

/**
 * The sheet `Budget och plan YYYY–YYYY` (workbook.md "Budget and plan"): values and formats only, the tables of
 * the report's kinds with one column per year, the split under the shared table, the priorities, the notes.
 */
export function layoutPlan(plan: PlanReport): SheetLayout {
  const rows: SheetRow[] = [
    text(`${COMMITTEE} – ${planSheetName(plan)}, ${plan.unit}`, "title"),
    null,
    ...plan.tables.flatMap((table) => tableSection(table, plan.unit)),
    ...(plan.priorities ? prioritiesSection(plan.priorities, plan.unit) : []),
    ...plan.notes.map((note) => text(note, "note")),
  ];
  const blocks = toBlocks(rows);
  const widths = columnWidths(blocks);
  return { sheetName: planSheetName(plan), blocks: wrapParagraphs(blocks, widths), columnWidths: widths, freezeRows: 0, print: printSettings("portrait", 0) };
}

/** The JSON of workbook.md "Budget and plan"; warnings (the financing differences among them) go to stderr. */
export function planJson(plan: PlanReport): object {
  const { warnings: _warnings, years: _years, ...rest } = plan;
  return rest;
}
