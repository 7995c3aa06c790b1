/** The fake Excel host: an in-memory workbook behind Office.js-shaped objects, for jest and browser tests. */
export { FakeOfficeError } from "./errors";
export {
  FakeExcelHost,
  type FakeSheetSeed,
  type FakeTableSeed,
  type FakeWorkbookSeed,
  type SeedValue,
  type WorkbookSnapshot,
} from "./host";
export { asExcelContext } from "./excelContext";
export { installFakeOffice, type FakeOfficeOptions } from "./installFakeOffice";
export { FakeRequestContext } from "./proxies";
export {
  errorValue,
  type Cell,
  type CellValue,
  type ChartState,
  type SheetState,
  type WriteEntry,
} from "./state";
