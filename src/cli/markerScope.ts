import ExcelJS from "exceljs";
import { REPORT_MARKER_NAME } from "../core/report/marker";
import { cellAddress, splitAddress } from "../core/workbook/address";

type NameModel = { name: string; ranges: string[]; localSheetId?: number };

/** "'Rapport jan–aug 2027'!$A$1" → "Rapport jan–aug 2027". */
export function sheetOfRange(range: string): string {
  return splitAddress(range).sheet;
}

/** The marker's cell on a sheet, as a defined name refers to it. */
export function markerRange(sheet: string): string {
  return cellAddress(sheet, "$A$1");
}

/** One entry per marked sheet, scoped to it by its position among the sheets (localSheetId). */
function scopedMarkers(names: NameModel[], sheets: string[]): NameModel[] {
  return names.flatMap((entry) =>
    entry.name !== REPORT_MARKER_NAME
      ? [entry]
      : entry.ranges
          .map((range) => ({ name: entry.name, ranges: [range], localSheetId: sheets.indexOf(sheetOfRange(range)) }))
          .filter((scoped) => scoped.localSheetId >= 0)
  );
}

/** Sheet-scoped markers of several sheets arrive as separate entries of one name: keep all their ranges. */
function mergedMarkers(names: NameModel[]): NameModel[] {
  const markers = names.filter((entry) => entry.name === REPORT_MARKER_NAME);
  const others = names.filter((entry) => entry.name !== REPORT_MARKER_NAME);
  if (markers.length === 0) return others;
  return [...others, { name: REPORT_MARKER_NAME, ranges: markers.flatMap((entry) => entry.ranges) }];
}

/**
 * A workbook whose report marker stays scoped to each report sheet (the Office.js writer adds it
 * with worksheet.names). ExcelJS 4.4 scopes only print areas: reading, it keeps one entry per
 * name (the last sheet's marker would win); writing, it makes every name workbook-wide. Its
 * reader and writer both go through definedNames.model, so that one property is adapted here.
 */
export function markerAwareWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const names = workbook.definedNames;
  const base = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(names), "model");
  if (!base?.get || !base.set) throw new Error("ExcelJS changed: DefinedNames.model is not an accessor");
  const { get, set } = base;
  Object.defineProperty(names, "model", {
    configurable: true,
    get: () => scopedMarkers(get.call(names), workbook.worksheets.map((sheet) => sheet.name)),
    set: (value: NameModel[]) => {
      set.call(names, mergedMarkers(value));
    },
  });
  return workbook;
}

/** Names of the sheets that carry the marker, whatever its scope. */
export function markedSheets(workbook: ExcelJS.Workbook): string[] {
  const names = workbook.definedNames.model as NameModel[];
  return names.filter((entry) => entry.name === REPORT_MARKER_NAME).flatMap((entry) => entry.ranges.map(sheetOfRange));
}
