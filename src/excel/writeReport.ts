import { isOitError, type Notice } from "../core/errors";
import { type SheetLayout, chooseReportSheet, temporarySheetName, type SheetChoice } from "../core/report";
import { renderDecorations, renderEssentials, type Decorations } from "./renderLayout";
import type { SheetFacts } from "./readWorkbook";
import { excelError, excelNotice } from "./messages";

type ExcelMessageCode = Parameters<typeof excelError>[0];

/**
 * `context.sync()` calls of one writeReport that writes its sheet, whatever the size of the
 * report: the new sheet, its swap into place and its decorations go in one batch. A refusal costs
 * one more (to see how far the batch ran), a failure before the swap up to two more (cleanup).
 */
export const WRITE_REPORT_SYNCS = 1;

export interface WrittenReport {
  sheetName: string;
  /** True when an earlier report sheet of the add-in's was replaced. */
  replaced: boolean;
  /** What Excel refused after the sheet was complete (print settings, chart): one notice, or none. */
  skipped: Notice[];
}

/**
 * The finished sheet takes the place and name of the one it replaces. The old sheet goes only
 * after the new one is complete, so a failure before this point leaves the old report intact.
 */
export function swapIn(fresh: Excel.Worksheet, choice: SheetChoice<SheetFacts>): void {
  const old = choice.replaces;
  if (old) {
    fresh.position = old.position;
    old.sheet.delete();
  }
  fresh.name = choice.name;
  // Last, so that a failure above leaves the user on the sheet they were on.
  fresh.activate();
}

/** Best effort: removes the half-written sheet; tells whether the workbook is as it was. */
export async function discard(context: Excel.RequestContext, fresh: Excel.Worksheet): Promise<boolean> {
  try {
    fresh.delete();
    await context.sync();
    return true;
  } catch {
    return false;
  }
}

/** Excel's own words for what it refused. */
function detailOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** What a failed write tells the user: the engine's own error, or Excel's words and whether a half-written sheet is left. */
export function writeFailure(
  error: unknown,
  sheet: string,
  leftover: string | undefined,
  codes: [ExcelMessageCode, ExcelMessageCode] = ["reportNotWritten", "reportNotWrittenLeftover"]
): unknown {
  if (isOitError(error)) return error;
  const detail = detailOf(error);
  return leftover === undefined
    ? excelError(codes[0], { sheet, detail })
    : excelError(codes[1], { sheet, detail, leftover });
}

function skippedNotice(decorations: Decorations, sheet: string, error: unknown): Notice {
  const code =
    decorations.print && decorations.chart
      ? "decorationsSkipped"
      : decorations.print
        ? "printSettingsSkipped"
        : "chartSkipped";
  return excelNotice(code, { sheet, detail: detailOf(error) });
}

/** Where a batch that Excel refused left the new sheet: never added, still under its temporary name, or in place. */
type Outcome = "absent" | "temporary" | "inPlace";

async function outcomeOf(context: Excel.RequestContext, fresh: Excel.Worksheet, temporaryName: string): Promise<Outcome> {
  try {
    fresh.load("name");
    await context.sync();
  } catch {
    return "absent";
  }
  return fresh.name === temporaryName ? "temporary" : "inPlace";
}

/** The print scale of one page wide, read back: Excel may keep its own without refusing the call. */
function scaleNotice(scale: Excel.PageLayout | undefined, sheet: string): Notice[] {
  if (!scale) return [];
  const zoom = scale.zoom;
  if (zoom.horizontalFitToPages === 1 && (zoom.verticalFitToPages ?? 0) === 0) return [];
  return [excelNotice("printScaleNotApplied", { sheet, scale: zoom.scale ?? "" })];
}

/**
 * Writes the layout as the add-in's report sheet in WRITE_REPORT_SYNCS syncs: the figures, the
 * swap into place and the decorations (print settings, chart) in one batch, in that order. Office.js
 * runs a batch up to the call it refuses and drops the rest, so a refusal before the swap leaves the
 * old report and the user's sheets as they were (the half-written sheet is removed), and a refusal
 * after it costs only decorations, which come back in `skipped`. An earlier report of ours with the
 * same name is replaced; a user's sheet with that name is left alone and the report takes the next
 * free name ("… (2)"). `sheets` are the workbook's sheets as readWorkbook found them.
 */
export async function writeReport(
  context: Excel.RequestContext,
  layout: SheetLayout,
  sheets: readonly SheetFacts[]
): Promise<WrittenReport> {
  const choice = chooseReportSheet(layout.sheetName, sheets);
  const temporaryName = temporarySheetName(sheets);
  const fresh = context.workbook.worksheets.add(temporaryName);
  renderEssentials(fresh, layout);
  swapIn(fresh, choice);
  const decorations = renderDecorations(fresh, layout);
  const scale = decorations.print ? fresh.pageLayout.load("zoom") : undefined;
  const written = { sheetName: choice.name, replaced: choice.replaces !== undefined };
  try {
    await context.sync();
  } catch (error) {
    const outcome = await outcomeOf(context, fresh, temporaryName);
    if (outcome === "inPlace") return { ...written, skipped: [skippedNotice(decorations, choice.name, error)] };
    const clean = outcome === "absent" || (await discard(context, fresh));
    throw writeFailure(error, choice.name, clean ? undefined : temporaryName);
  }
  return { ...written, skipped: scaleNotice(scale, choice.name) };
}
