import { sameName } from "../workbook/names";

/**
 * Where a generated sheet goes, for both writers (Office.js and ExcelJS): its own name when that
 * is free or already the add-in's, never a sheet of the user's.
 */

/** A sheet as the report writer sees it before writing: its name and whether the add-in made it. */
export interface ExistingSheet {
  name: string;
  /** Carries the worksheet-scoped REPORT_MARKER_NAME, i.e. an earlier report of ours. */
  marked: boolean;
}

export interface SheetChoice<S extends ExistingSheet> {
  name: string;
  /** The earlier report of ours that carries this name and is to be replaced, if any. */
  replaces?: S;
}

/** Excel's limit on the length of a sheet name. */
const MAX_SHEET_NAME = 31;

/**
 * A sheet by the workbook's one name rule. Excel refuses a second sheet whose name differs only in case; the rule
 * folds case (and Unicode form, spaces and dashes) too, so a name free by it is free to Excel, and a sheet of the
 * user's that merely looks like the report's name is never taken for it. Excel's own constraint left is the length.
 */
function find<S extends ExistingSheet>(sheets: readonly S[], name: string): S | undefined {
  return sheets.find((sheet) => sameName(sheet.name, name));
}

/**
 * "Rapport jan–aug 2027", then "Rapport jan–aug 2027 (2)", … as Excel itself numbers copies,
 * the base shortened where the name would pass Excel's limit.
 */
export function candidateName(base: string, attempt: number): string {
  const suffix = attempt === 1 ? "" : ` (${attempt})`;
  return base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
}

/**
 * The name the report gets: the first candidate that is free or already ours. A user's sheet
 * that happens to carry the name is never replaced; the report moves on to the next number.
 */
export function chooseReportSheet<S extends ExistingSheet>(
  base: string,
  sheets: readonly S[]
): SheetChoice<S> {
  for (let attempt = 1; ; attempt++) {
    const name = candidateName(base, attempt);
    const existing = find(sheets, name);
    if (!existing) return { name };
    if (existing.marked) return { name, replaces: existing };
  }
}

/** A name no sheet has, for writing the report before it takes its real name (all-or-nothing). */
export function temporarySheetName(sheets: readonly ExistingSheet[]): string {
  for (let attempt = 1; ; attempt++) {
    const name = `OIT tmp ${attempt}`;
    if (!find(sheets, name)) return name;
  }
}
