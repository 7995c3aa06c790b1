import { OitError, isOitError, type Notice } from "../core/errors";
import type { SheetLayout } from "../core/report/layout.types";
import { REPORT_MARKER_NAME } from "../core/report/marker";
import { renderDecorations, renderEssentials, type Decorations } from "./renderLayout";
import {
  chooseReportSheet,
  temporarySheetName,
  type ExistingSheet,
  type SheetChoice,
} from "../core/report/sheetNames";

/**
 * `context.sync()` calls of one writeReport that writes its sheet, whatever the size of the
 * report and whether its decorations are refused: sheet names, their markers, the new sheet, the
 * swap, the decorations. A failure before the swap adds at most two (cleanup).
 */
export const WRITE_REPORT_SYNCS = 5;

export interface WrittenReport {
  sheetName: string;
  /** True when an earlier report sheet of the add-in's was replaced. */
  replaced: boolean;
  /** What Excel refused after the sheet was complete (print settings, chart): one notice, or none. */
  skipped: Notice[];
}

interface SheetFacts extends ExistingSheet {
  sheet: Excel.Worksheet;
  position: number;
}

async function inspectSheets(context: Excel.RequestContext): Promise<SheetFacts[]> {
  const sheets = context.workbook.worksheets.load("items/name, items/position");
  await context.sync();
  const markers = sheets.items.map((sheet) =>
    sheet.names.getItemOrNullObject(REPORT_MARKER_NAME).load("name")
  );
  await context.sync();
  return sheets.items.map((sheet, index) => ({
    sheet,
    name: sheet.name,
    position: sheet.position,
    marked: !markers[index].isNullObject,
  }));
}

/**
 * The finished sheet takes the place and name of the one it replaces. The old sheet goes only
 * after the new one is complete, so a failure before this point leaves the old report intact.
 */
function swapIn(fresh: Excel.Worksheet, choice: SheetChoice<SheetFacts>): void {
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
async function discard(context: Excel.RequestContext, temporaryName: string): Promise<boolean> {
  try {
    const sheet = context.workbook.worksheets.getItemOrNullObject(temporaryName).load("name");
    await context.sync();
    if (!sheet.isNullObject) {
      sheet.delete();
      await context.sync();
    }
    return true;
  } catch {
    return false;
  }
}

/** Excel's own words for what it refused. */
function detailOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function writeFailure(error: unknown, sheet: string, leftover: string | undefined): unknown {
  if (isOitError(error)) return error;
  const detail = detailOf(error);
  return leftover === undefined
    ? new OitError("reportNotWritten", { sheet, detail })
    : new OitError("reportNotWrittenLeftover", { sheet, detail, leftover });
}

function skippedNotice(decorations: Decorations, sheet: string, error: unknown): Notice {
  const code =
    decorations.print && decorations.chart
      ? "decorationsSkipped"
      : decorations.print
        ? "printSettingsSkipped"
        : "chartSkipped";
  return { code, params: { sheet, detail: detailOf(error) } };
}

/**
 * Print settings and the chart, in one batch of their own once the sheet is complete and in
 * place: a refusal by Excel costs them, not the figures. Office.js does not roll back the part of
 * a failed batch that ran before the refused call, hence "may be partly applied" in the notice.
 */
async function decorate(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  layout: SheetLayout,
  sheetName: string
): Promise<Notice[]> {
  const decorations = renderDecorations(sheet, layout);
  try {
    await context.sync();
    return [];
  } catch (error) {
    return [skippedNotice(decorations, sheetName, error)];
  }
}

/**
 * Writes the layout as the add-in's report sheet in WRITE_REPORT_SYNCS syncs: the figures all or
 * nothing, then the decorations (print settings, chart) at best, whatever Excel refused of them
 * coming back in `skipped`. An earlier report of ours with the same name is replaced; a user's
 * sheet with that name is left alone and the report takes the next free name ("… (2)").
 */
export async function writeReport(
  context: Excel.RequestContext,
  layout: SheetLayout
): Promise<WrittenReport> {
  const sheets = await inspectSheets(context);
  const choice = chooseReportSheet(layout.sheetName, sheets);
  const temporaryName = temporarySheetName(sheets);
  // Only queued here: Excel adds the sheet at the next sync, inside the try.
  const fresh = context.workbook.worksheets.add(temporaryName);
  try {
    renderEssentials(fresh, layout);
    await context.sync();
    swapIn(fresh, choice);
    await context.sync();
  } catch (error) {
    const clean = await discard(context, temporaryName);
    throw writeFailure(error, choice.name, clean ? undefined : temporaryName);
  }
  const skipped = await decorate(context, fresh, layout, choice.name);
  return { sheetName: choice.name, replaced: choice.replaces !== undefined, skipped };
}
