import {
  blankCell,
  cellAddress,
  cellKey,
  defaultPrint,
  rectAddress,
  refAddress,
  type Cell,
  type CellValue,
  type ChartState,
  type ErrorValue,
  type NamedItemState,
  type PrintState,
  type RangeRef,
  type Rect,
  type SheetState,
  type TableState,
  type WriteAction,
  type WriteEntry,
} from "./state";
import type { TableData } from "../../src/core/workbook/types";
import { FakeDocumentFiles } from "./documentFile";
import { FakeOfficeError } from "./errors";
import { FakeRequestContext } from "./proxies";

export type SeedValue = CellValue | ErrorValue | null | undefined;

/** A table is seeded from what readWorkbookTables gives (origin defaults to row 1, column 0). */
export type FakeTableSeed = TableData;

export interface FakeSheetSeed {
  name: string;
  /** Cell values from A1. */
  values?: SeedValue[][];
  /** Worksheet-scoped named items (referring to A1), e.g. a report marker. */
  names?: string[];
}

export interface FakeWorkbookSeed {
  sheets?: FakeSheetSeed[];
  tables?: FakeTableSeed[];
}

/** Charts and named items with their ranges as addresses ("'Sheet'!A1:B2"). */
export type ChartSnapshot = Omit<ChartState, "source" | "categories" | "anchor" | "anchorEnd"> & {
  source: string;
  categories?: string;
  anchor?: string;
  anchorEnd?: string;
};
export type NamedItemSnapshot = Omit<NamedItemState, "reference"> & { reference: string };

export interface SheetSnapshot {
  name: string;
  cells: Record<string, Cell>;
  columnWidths: Record<number, number>;
  names: NamedItemSnapshot[];
  charts: ChartSnapshot[];
  frozenRows: number;
  /** Merged areas as addresses ("A5:G5"). */
  merges: string[];
  rowHeights: Record<number, number>;
  print: PrintState;
}

/** Everything a user could see in the workbook, as plain data to compare before and after. */
export interface WorkbookSnapshot {
  activeSheet: string;
  sheets: SheetSnapshot[];
  tables: {
    name: string;
    sheet: string;
    headerRow: number;
    column: number;
    rowCount: number;
    columnCount: number;
    /** AutoFilter criteria by column offset: the values shown. */
    filters: Record<number, string[]>;
  }[];
}

function isErrorValue(value: unknown): value is ErrorValue {
  return (
    typeof value === "object" && value !== null && typeof (value as ErrorValue).error === "string"
  );
}

function seedCell(value: unknown): Cell | undefined {
  if (value === null || value === undefined || value === "") return undefined;
  if (isErrorValue(value)) return { ...blankCell(), value: value.error, error: true };
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return { ...blankCell(), value };
  throw new Error(`fake Excel: a cell cannot hold ${JSON.stringify(value)}`);
}

function chartSnapshot({
  source,
  categories,
  anchor,
  anchorEnd,
  ...chart
}: ChartState): ChartSnapshot {
  return {
    ...chart,
    source: refAddress(source),
    ...(categories ? { categories: refAddress(categories) } : {}),
    ...(anchor ? { anchor: refAddress(anchor) } : {}),
    ...(anchorEnd ? { anchorEnd: refAddress(anchorEnd) } : {}),
  };
}

function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/**
 * The in-memory Excel behind the fake Office.js objects: sheets, tables, named items and charts,
 * a count of context.sync() calls, a log of every write, and an optional injected failure.
 */
export class FakeExcelHost {
  readonly sheets: SheetState[] = [];
  readonly tables: TableState[] = [];
  readonly writes: WriteEntry[] = [];
  syncs = 0;
  /** Excel on the web refuses a sync whose response (the loaded data) is larger than this: 5 MB. */
  responseLimit = 5 * 1024 * 1024;
  /** Excel.Application's calculation: "Pending" is changes not yet recalculated. */
  calculationMode: "Automatic" | "AutomaticExceptTables" | "Manual" = "Automatic";
  calculationState: "Done" | "Pending" | "Calculating" = "Done";
  /** Excel's decimal separator (Application.decimalSeparator): its regional settings, not its language. */
  decimalSeparator = ",";
  /** The system culture's decimal separator (cultureInfo.numberFormat); Excel's when not set, as when Excel uses the system's. */
  systemDecimalSeparator?: string;
  /** Accept a fit-to-pages print zoom without applying it (see FakePageLayout.zoom). */
  keepsPrintScale = false;
  activeSheetId = 0;
  /** The workbook as a file (getFileAsync) and the workbooks opened from files (Excel.createWorkbook). */
  readonly files = new FakeDocumentFiles();
  /** The range the add-in last selected; the pane reads it back through getActiveCell. */
  selection?: RangeRef;
  private nextSheetId = 1;
  private failure?: (entry: WriteEntry) => boolean;

  constructor(seed: FakeWorkbookSeed = {}) {
    (seed.sheets ?? []).forEach((sheet) => this.seedSheet(sheet));
    (seed.tables ?? []).forEach((table) => this.seedTable(table));
    if (this.sheets.length === 0) this.addSheet("Blad1");
    this.activeSheetId = this.sheets[0].id;
  }

  /** A fresh request context, as Excel.run gives one. */
  context(): FakeRequestContext {
    return new FakeRequestContext(this);
  }

  /** Excel.run: the batch, then a last sync of whatever it left queued. */
  async run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> {
    const context = this.context();
    const result = await batch(context);
    if (context.pending > 0) await context.sync();
    return result;
  }

  /** From now on, the write that matches fails as Excel would fail it (at sync, rest of batch dropped). */
  failWhen(predicate: ((entry: WriteEntry) => boolean) | undefined): void {
    this.failure = predicate;
  }

  /** Logs a write, fails it if so injected, else applies it. */
  write(
    action: WriteAction,
    sheet: SheetState,
    address: string | undefined,
    apply: () => void
  ): void {
    if (!this.sheets.includes(sheet))
      throw new FakeOfficeError("ItemNotFound", `the sheet "${sheet.name}" no longer exists`);
    const entry: WriteEntry = {
      action,
      sheet: sheet.name,
      sheetId: sheet.id,
      ...(address ? { address } : {}),
    };
    if (this.failure?.(entry))
      throw new FakeOfficeError("GeneralException", `injected failure: ${action} on ${sheet.name}`);
    apply();
    this.writes.push(entry);
  }

  findSheet(name: string): SheetState | undefined {
    return this.sheets.find((sheet) => sameName(sheet.name, name));
  }

  findTable(name: string): TableState | undefined {
    return this.tables.find((table) => sameName(table.name, name.trim()));
  }

  /** The sheet of that name, for tests; throws when there is none. */
  sheet(name: string): SheetState {
    const sheet = this.findSheet(name);
    if (!sheet)
      throw new Error(`fake Excel: no sheet "${name}" (sheets: ${this.sheetNames().join(", ")})`);
    return sheet;
  }

  sheetNames(): string[] {
    return this.sheets.map((sheet) => sheet.name);
  }

  activeSheet(): SheetState {
    return this.sheets.find((sheet) => sheet.id === this.activeSheetId) ?? this.sheets[0];
  }

  cellAt(sheet: SheetState, row: number, column: number): Cell {
    return sheet.cells.get(cellKey(row, column)) ?? blankCell();
  }

  /** Values of a rectangle as Range.values gives them: blanks "", errors as their text. */
  valuesAt(sheet: SheetState, rect: Rect): CellValue[][] {
    return this.mapRect(rect, (row, column) => this.cellAt(sheet, row, column).value);
  }

  mapRect<T>(rect: Rect, cell: (row: number, column: number) => T): T[][] {
    return Array.from({ length: rect.rowCount }, (_, r) =>
      Array.from({ length: rect.columnCount }, (_, c) => cell(rect.row + r, rect.column + c))
    );
  }

  addSheet(name: string): SheetState {
    if (this.findSheet(name))
      throw new FakeOfficeError("ItemAlreadyExists", `a sheet named "${name}" exists`);
    const sheet: SheetState = {
      id: this.nextSheetId++,
      name,
      cells: new Map(),
      columnWidths: new Map(),
      names: new Map(),
      charts: [],
      frozenRows: 0,
      merges: [],
      rowHeights: new Map(),
      print: defaultPrint(),
    };
    this.sheets.push(sheet);
    return sheet;
  }

  deleteSheet(sheet: SheetState): void {
    if (this.sheets.length === 1)
      throw new FakeOfficeError("InvalidOperation", "a workbook must keep one sheet");
    const index = this.sheets.indexOf(sheet);
    this.sheets.splice(index, 1);
    this.tables.splice(
      0,
      this.tables.length,
      ...this.tables.filter((table) => table.sheet !== sheet)
    );
    if (this.activeSheetId === sheet.id)
      this.activeSheetId = this.sheets[Math.max(0, index - 1)].id;
  }

  renameSheet(sheet: SheetState, name: string): void {
    const other = this.findSheet(name);
    if (other && other !== sheet)
      throw new FakeOfficeError("ItemAlreadyExists", `a sheet named "${name}" exists`);
    sheet.name = name;
  }

  moveSheet(sheet: SheetState, position: number): void {
    if (position < 0 || position >= this.sheets.length)
      throw new FakeOfficeError("InvalidArgument", `no sheet position ${position}`);
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(position, 0, sheet);
  }

  /** Table names are unique in a workbook, without regard to case, as Excel keeps them. */
  renameTable(table: TableState, name: string): void {
    const other = this.findTable(name);
    if (other && other !== table)
      throw new FakeOfficeError("InvalidArgument", `a table named "${name}" exists`);
    table.name = name;
  }

  /** Tabell1, Tabell2, …: the first name no table has, as Excel names a new table. */
  freeTableName(): string {
    for (let n = 1; ; n++) if (!this.findTable(`Tabell${n}`)) return `Tabell${n}`;
  }

  /**
   * Table rows.add at the end (alwaysInsert, the default): the cells under the table, in its
   * columns, move down by the new rows. Excel refuses when that would shift part of another table.
   */
  insertTableRows(table: TableState, count: number): void {
    const below = table.headerRow + 1 + table.rowCount;
    const inColumns = (column: number) =>
      column >= table.column && column < table.column + table.columnCount;
    const blocked = this.tables.find(
      (other) =>
        other !== table &&
        other.sheet === table.sheet &&
        other.headerRow >= below &&
        other.column < table.column + table.columnCount &&
        other.column + other.columnCount > table.column
    );
    if (blocked)
      throw new FakeOfficeError(
        "InvalidOperation",
        `rows cannot be added to ${table.name}: they would shift the table ${blocked.name}`
      );
    const moved = [...table.sheet.cells.entries()].filter(([key]) => {
      const [row, column] = key.split(",").map(Number);
      return row >= below && inColumns(column);
    });
    moved.forEach(([key]) => table.sheet.cells.delete(key));
    moved.forEach(([key, cell]) => {
      const [row, column] = key.split(",").map(Number);
      table.sheet.cells.set(cellKey(row + count, column), cell);
    });
    table.rowCount += count;
  }

  /** The body rows (0-based within the body) an AutoFilter leaves visible: every criterion met, text compared without case. */
  visibleRows(table: TableState): number[] {
    const body = this.valuesAt(table.sheet, {
      row: table.headerRow + 1,
      column: table.column,
      rowCount: table.rowCount,
      columnCount: table.columnCount,
    });
    const shown = (row: CellValue[]) =>
      [...table.filters].every(([column, values]) =>
        values.some((value) => sameName(value, String(row[column])))
      );
    return body.flatMap((row, index) => (shown(row) ? [index] : []));
  }

  addName(sheet: SheetState, item: NamedItemState): void {
    if (sheet.names.has(item.name.toLowerCase()))
      throw new FakeOfficeError("ItemAlreadyExists", `the name ${item.name} exists`);
    sheet.names.set(item.name.toLowerCase(), item);
  }

  snapshot(): WorkbookSnapshot {
    return {
      activeSheet: this.activeSheet().name,
      sheets: this.sheets.map((sheet) => ({
        name: sheet.name,
        cells: Object.fromEntries(
          [...sheet.cells.entries()].map(([key, cell]) => {
            const [row, column] = key.split(",").map(Number);
            return [cellAddress(row, column), { ...cell }];
          })
        ),
        columnWidths: Object.fromEntries(sheet.columnWidths),
        names: [...sheet.names.values()].map((item) => ({
          ...item,
          reference: refAddress(item.reference),
        })),
        charts: sheet.charts.map(chartSnapshot),
        frozenRows: sheet.frozenRows,
        merges: sheet.merges.map(rectAddress),
        rowHeights: Object.fromEntries(sheet.rowHeights),
        print: structuredClone(sheet.print),
      })),
      tables: this.tables.map(({ sheet, filters, ...table }) => ({
        ...table,
        sheet: sheet.name,
        filters: Object.fromEntries([...filters].map(([column, values]) => [column, [...values]])),
      })),
    };
  }

  private seedSheet(seed: FakeSheetSeed): SheetState {
    const sheet = this.addSheet(seed.name);
    (seed.values ?? []).forEach((row, r) => this.seedRow(sheet, r, 0, row));
    const a1 = { row: 0, column: 0, rowCount: 1, columnCount: 1 };
    (seed.names ?? []).forEach((name) =>
      this.addName(sheet, { name, reference: { sheet, rect: a1 }, comment: "" })
    );
    return sheet;
  }

  private seedRow(
    sheet: SheetState,
    row: number,
    column: number,
    values: readonly unknown[]
  ): void {
    values.forEach((value, c) => {
      const cell = seedCell(value);
      if (cell) sheet.cells.set(cellKey(row, column + c), cell);
    });
  }

  private seedTable(seed: FakeTableSeed): void {
    const sheet = this.findSheet(seed.sheet) ?? this.addSheet(seed.sheet);
    const origin = seed.origin ?? { row: 1, column: 0 };
    this.seedRow(sheet, origin.row - 1, origin.column, seed.headers);
    seed.rows.forEach((row, r) => this.seedRow(sheet, origin.row + r, origin.column, row));
    this.tables.push({
      name: seed.name,
      sheet,
      headerRow: origin.row - 1,
      column: origin.column,
      columnCount: seed.headers.length,
      // Excel keeps one (blank) body row in a table that has no data.
      rowCount: Math.max(1, seed.rows.length),
      filters: new Map(),
    });
  }
}
