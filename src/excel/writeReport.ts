import { OitError, isOitError } from "../core/errors";
import type { SheetLayout } from "../core/report/layout.types";
import { REPORT_MARKER_NAME } from "../core/report/marker";
import { renderLayout } from "./renderLayout";
import {
  chooseReportSheet,
  temporarySheetName,
  type ExistingSheet,
  type SheetChoice,
} from "./sheetNames";

/**
 * `context.sync()` calls of one successful writeReport, whatever the size of the report:
 * sheet names, their markers, the new sheet, the swap. A failure adds at most two (cleanup).
 */
export const WRITE_REPORT_SYNCS = 4;

export interface WrittenReport {
  sheetName: string;
  /** True when an earlier report sheet of the add-in's was replaced. */
  replaced: boolean;
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

function writeFailure(error: unknown, sheet: string, leftover: string | undefined): unknown {
  if (isOitError(error)) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return leftover === undefined
    ? new OitError("reportNotWritten", { sheet, detail })
    : new OitError("reportNotWrittenLeftover", { sheet, detail, leftover });
}

/**
 * Writes the layout as the add-in's report sheet, all or nothing, in WRITE_REPORT_SYNCS syncs.
 * An earlier report of ours with the same name is replaced; a user's sheet with that name is
 * left alone and the report takes the next free name ("… (2)").
 */
export async function writeReport(
  context: Excel.RequestContext,
  layout: SheetLayout
): Promise<WrittenReport> {
  const sheets = await inspectSheets(context);
  const choice = chooseReportSheet(layout.sheetName, sheets);
  const temporaryName = temporarySheetName(sheets);
  try {
    const fresh = context.workbook.worksheets.add(temporaryName);
    renderLayout(fresh, layout);
    await context.sync();
    swapIn(fresh, choice);
    await context.sync();
  } catch (error) {
    const clean = await discard(context, temporaryName);
    throw writeFailure(error, choice.name, clean ? undefined : temporaryName);
  }
  return { sheetName: choice.name, replaced: choice.replaces !== undefined };
}
