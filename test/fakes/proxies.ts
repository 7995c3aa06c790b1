import { FakeOfficeError } from "./errors";
import type { FakeExcelHost } from "./host";
import {
  blankCell,
  cellKey,
  parseAddress,
  rectAddress,
  refAddress,
  type Cell,
  type CellValue,
  type ChartState,
  type PrintState,
  type RangeRef,
  type Rect,
  type SheetState,
  type TableState,
  type WriteAction,
} from "./state";

/**
 * Office.js-shaped objects over FakeExcelHost. As in Office.js, nothing happens when a method is
 * called or a property set: it is queued and runs at context.sync(), in order; the first failing
 * operation rejects the sync and drops the rest of the batch. Loaded properties are readable only
 * after load() and sync() (load loads every property, whatever it is asked for).
 */
export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  private queue: (() => void)[] = [];

  constructor(readonly host: FakeExcelHost) {
    this.workbook = new FakeWorkbook(this);
  }

  get pending(): number {
    return this.queue.length;
  }

  enqueue(operation: () => void): void {
    this.queue.push(operation);
  }

  /** Queues a write on a sheet resolved when the batch runs (a sheet added earlier in it, say). */
  enqueueWrite(
    action: WriteAction,
    sheet: () => SheetState,
    address: (() => string) | undefined,
    apply: (sheet: SheetState) => unknown
  ): void {
    this.enqueue(() => {
      const target = sheet();
      this.host.write(action, target, address?.(), () => apply(target));
    });
  }

  /** Adds a loaded object's data to the response of the running batch; it is readable once the response is accepted. */
  respond(bytes: number, accept: () => void): void {
    if (!this.response) throw new Error("fake Excel: a load ran outside a batch");
    this.response.bytes += bytes;
    this.response.accepted.push(accept);
  }

  private response?: { bytes: number; accepted: (() => void)[] };

  /**
   * Runs the batch; its loads come back in one response, which Excel on the web refuses whole when
   * it is larger than the host's responseLimit (5 MB), as it refuses the real one.
   */
  async sync(): Promise<void> {
    this.host.syncs++;
    const batch = this.queue.splice(0);
    await Promise.resolve();
    const response = { bytes: 0, accepted: [] as (() => void)[] };
    this.response = response;
    try {
      batch.forEach((operation) => operation());
    } finally {
      this.response = undefined;
    }
    if (response.bytes > this.host.responseLimit) {
      throw new FakeOfficeError(
        "ResponsePayloadSizeLimitExceeded",
        `the response of ${response.bytes} bytes exceeds the limit of ${this.host.responseLimit}`
      );
    }
    response.accepted.forEach((accept) => accept());
  }
}

const encoder = new TextEncoder();

/** The size of what a load asks for ("values, rowIndex"; "items/name" counts the items), as JSON. */
function responseBytes(data: object, properties: unknown): number {
  const names =
    typeof properties === "string"
      ? properties.split(",").map((name) => name.trim().split("/")[0])
      : Object.keys(data);
  const asked = Object.fromEntries(names.map((name) => [name, (data as Record<string, unknown>)[name]]));
  return encoder.encode(JSON.stringify(asked)).length;
}

/** A value found when the batch first needs it, then kept: the object an Office.js proxy stands for. */
class Lazy<T> {
  private value?: { found: T };
  constructor(private readonly find: () => T) {}
  get(): T {
    this.value ??= { found: this.find() };
    return this.value.found;
  }
}

abstract class FakeClientObject<T extends object> {
  private data?: T;

  constructor(protected readonly context: FakeRequestContext) {}

  protected abstract snapshot(): T;

  load(properties?: unknown): this {
    this.context.enqueue(() => {
      const data = this.snapshot();
      this.context.respond(responseBytes(data, properties), () => {
        this.data = data;
      });
    });
    return this;
  }

  /** Marks the object loaded now; for collection items, which Office.js loads with their collection. */
  prime(): this {
    this.data = this.snapshot();
    return this;
  }

  toJSON(): T | undefined {
    return this.data;
  }

  protected loaded<K extends keyof T>(key: K): T[K] {
    if (!this.data)
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        `${String(key)} was read before load() and sync()`
      );
    return this.data[key];
  }
}

/**
 * A cell after a value is written to it, as Excel takes a written value (as if typed): a leading
 * apostrophe makes the rest text and is not part of the value; a text that starts with =, +, - or
 * @ is a formula unless the cell is formatted as text ("@"). The fake cannot evaluate it: the cell
 * keeps the formula and shows #NAME?, so a label written without the text format is seen to be lost.
 * (The fake does not turn number-like text into numbers, as Excel does in a cell not formatted as text.)
 */
export function written(cell: Cell, value: CellValue): Cell {
  const { formula: _previous, ...rest } = cell;
  if (typeof value === "string" && value.startsWith("'")) return { ...rest, value: value.slice(1), error: false };
  if (isFormulaText(value) && cell.numberFormat !== TEXT_NUMBER_FORMAT) return { ...rest, value: "#NAME?", error: true, formula: value };
  return { ...rest, value, error: false };
}

function requireSheet(sheet: SheetState | null, what: string): SheetState {
  if (!sheet) throw new FakeOfficeError("ItemNotFound", `${what} does not exist`);
  return sheet;
}

export class FakeWorkbook {
  readonly tables: FakeTableCollection;
  readonly worksheets: FakeWorksheetCollection;
  readonly application: FakeApplication;

  constructor(private readonly context: FakeRequestContext) {
    this.tables = new FakeTableCollection(context);
    this.worksheets = new FakeWorksheetCollection(context);
    this.application = new FakeApplication(context);
  }

  /** The top-left cell of the user's selection (A1 of the active sheet until the add-in selects). */
  getActiveCell(): FakeRange {
    const host = this.context.host;
    return new FakeRange(
      this.context,
      () => host.selection?.sheet ?? host.activeSheet(),
      () => {
        const rect = host.selection?.rect ?? { row: 0, column: 0, rowCount: 1, columnCount: 1 };
        return { ...rect, rowCount: 1, columnCount: 1 };
      }
    );
  }
}

interface ApplicationData {
  calculationMode: string;
  calculationState: string;
  decimalSeparator: string;
}

/**
 * Excel's calculation mode and state (ExcelApi 1.8, 1.9): automatic and done unless a test sets the
 * host's; and its decimal separator (ExcelApi 1.11), from its regional settings (the host's).
 */
export class FakeApplication extends FakeClientObject<ApplicationData> {
  get calculationMode(): string {
    return this.loaded("calculationMode");
  }

  get calculationState(): string {
    return this.loaded("calculationState");
  }

  get decimalSeparator(): string {
    return this.loaded("decimalSeparator");
  }

  /** Application.cultureInfo (ExcelApi 1.11): the system culture's number format. */
  get cultureInfo(): { numberFormat: FakeNumberFormatInfo } {
    return { numberFormat: new FakeNumberFormatInfo(this.context) };
  }

  protected snapshot(): ApplicationData {
    const { calculationMode, calculationState, decimalSeparator } = this.context.host;
    return { calculationMode, calculationState, decimalSeparator };
  }
}

/** CultureInfo.numberFormat: the system's decimal separator (the host's, which a test may set apart from Excel's own). */
export class FakeNumberFormatInfo extends FakeClientObject<{ numberDecimalSeparator: string }> {
  get numberDecimalSeparator(): string {
    return this.loaded("numberDecimalSeparator");
  }

  protected snapshot(): { numberDecimalSeparator: string } {
    const host = this.context.host;
    return { numberDecimalSeparator: host.systemDecimalSeparator ?? host.decimalSeparator };
  }
}

export class FakeWorksheetCollection extends FakeClientObject<{ items: FakeWorksheet[] }> {
  get items(): FakeWorksheet[] {
    return this.loaded("items");
  }

  protected snapshot(): { items: FakeWorksheet[] } {
    return {
      items: this.context.host.sheets.map((sheet) =>
        new FakeWorksheet(this.context, () => sheet).prime()
      ),
    };
  }

  add(name: string): FakeWorksheet {
    let added: SheetState | undefined;
    this.context.enqueue(() => {
      added = this.context.host.addSheet(name);
      this.context.host.write("addSheet", added, undefined, () => undefined);
    });
    return new FakeWorksheet(this.context, () =>
      requireSheet(added ?? null, `the new sheet "${name}"`)
    );
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () =>
      requireSheet(this.context.host.findSheet(name) ?? null, `the sheet "${name}"`)
    );
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.host.findSheet(name) ?? null);
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.host.activeSheet());
  }
}

interface WorksheetData {
  isNullObject: boolean;
  name: string;
  position: number;
}

export class FakeWorksheet extends FakeClientObject<WorksheetData> {
  private readonly found: Lazy<SheetState | null>;
  readonly names: FakeNamedItemCollection;
  readonly charts: FakeChartCollection;
  readonly freezePanes: { freezeRows(count?: number): void };
  readonly pageLayout: FakePageLayout;
  /** Worksheet.horizontalPageBreaks (ExcelApi 1.9): add puts a manual break above the range's top-left cell. */
  readonly horizontalPageBreaks: { add(range: FakeRange): void };

  constructor(context: FakeRequestContext, find: () => SheetState | null) {
    super(context);
    this.found = new Lazy(find);
    this.names = new FakeNamedItemCollection(context, () => this.state());
    this.charts = new FakeChartCollection(context, () => this.state());
    this.pageLayout = new FakePageLayout(
      context,
      () => this.state(),
      (apply) => this.change("pageLayout", (sheet) => apply(sheet.print))
    );
    this.freezePanes = {
      freezeRows: (count = 1) => this.change("freeze", (sheet) => (sheet.frozenRows = count)),
    };
    this.horizontalPageBreaks = {
      add: (range) =>
        this.change("pageLayout", (sheet) => {
          const row = range.ref().rect.row;
          sheet.print.pageBreaks = [...(sheet.print.pageBreaks ?? []).filter((other) => other !== row), row].sort((a, b) => a - b);
        }),
    };
  }

  /** The sheet this proxy stands for; only valid while a batch runs. */
  state(): SheetState {
    return requireSheet(this.found.get(), "the worksheet");
  }

  private change(action: WriteAction, apply: (sheet: SheetState) => unknown): void {
    this.context.enqueueWrite(action, () => this.state(), undefined, apply);
  }

  protected snapshot(): WorksheetData {
    const sheet = this.found.get();
    return {
      isNullObject: sheet === null,
      name: sheet?.name ?? "",
      position: sheet ? this.context.host.sheets.indexOf(sheet) : -1,
    };
  }

  get isNullObject(): boolean {
    return this.loaded("isNullObject");
  }

  get name(): string {
    return this.loaded("name");
  }

  set name(name: string) {
    this.change("renameSheet", (sheet) => this.context.host.renameSheet(sheet, name));
  }

  get position(): number {
    return this.loaded("position");
  }

  set position(position: number) {
    this.change("moveSheet", (sheet) => this.context.host.moveSheet(sheet, position));
  }

  delete(): void {
    this.change("deleteSheet", (sheet) => this.context.host.deleteSheet(sheet));
  }

  activate(): void {
    this.change("activate", (sheet) => (this.context.host.activeSheetId = sheet.id));
  }

  getRange(address: string): FakeRange {
    return new FakeRange(
      this.context,
      () => this.state(),
      () => parseAddress(address)
    );
  }

  /**
   * The smallest range holding every cell with a value (valuesOnly) or with any content, or
   * Office.js's null object for a sheet with none.
   */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.context, () => this.state(), () => {
      const keys = [...this.state().cells.entries()]
        .filter(([, cell]) => !valuesOnly || cell.value !== "")
        .map(([key]) => key.split(",").map(Number));
      if (keys.length === 0) return null;
      const rows = keys.map(([row]) => row);
      const columns = keys.map(([, column]) => column);
      const row = Math.min(...rows);
      const column = Math.min(...columns);
      return { row, column, rowCount: Math.max(...rows) - row + 1, columnCount: Math.max(...columns) - column + 1 };
    });
  }

  getRangeByIndexes(row: number, column: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(
      this.context,
      () => this.state(),
      () => {
        if (row < 0 || column < 0 || rowCount < 1 || columnCount < 1) {
          throw new FakeOfficeError(
            "InvalidArgument",
            `no range at (${row}, ${column}) of ${rowCount}×${columnCount}`
          );
        }
        return { row, column, rowCount, columnCount };
      }
    );
  }
}

interface RangeData {
  isNullObject: boolean;
  values: CellValue[][];
  valueTypes: string[][];
  numberFormat: string[][];
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
  address: string;
}

/** The number format that makes Excel keep what is written as text. */
const TEXT_NUMBER_FORMAT = "@";

/** A text Excel parses as a formula when it is written to a cell that is not formatted as text. */
function isFormulaText(value: CellValue): value is string {
  return typeof value === "string" && value.length > 1 && /^[=+\-@]/.test(value);
}

function valueType(cell: Cell): string {
  if (cell.error) return "Error";
  if (cell.value === "") return "Empty";
  if (typeof cell.value === "number") return "Double";
  return typeof cell.value === "boolean" ? "Boolean" : "String";
}

/** A range that is Office.js's null object (a used range of an empty sheet): loads as such, and cannot be written. */
const NULL_RANGE: Omit<RangeData, "address"> = {
  isNullObject: true,
  values: [],
  valueTypes: [],
  numberFormat: [],
  rowIndex: 0,
  columnIndex: 0,
  rowCount: 0,
  columnCount: 0,
};

export class FakeRange extends FakeClientObject<RangeData> {
  private readonly sheet: Lazy<SheetState>;
  private readonly found: Lazy<Rect | null>;
  readonly format: FakeRangeFormat;

  /** `rect` gives null for a range that is a null object. */
  constructor(context: FakeRequestContext, sheet: () => SheetState, rect: () => Rect | null) {
    super(context);
    this.sheet = new Lazy(sheet);
    this.found = new Lazy(rect);
    this.format = new FakeRangeFormat(this);
  }

  private get rect(): { get(): Rect } {
    return {
      get: () => {
        const rect = this.found.get();
        if (!rect) throw new FakeOfficeError("InvalidOperation", "the range is a null object");
        return rect;
      },
    };
  }

  get isNullObject(): boolean {
    return this.loaded("isNullObject");
  }

  /** The range's sheet (Range.worksheet). */
  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.sheet.get());
  }

  /** The range as a reference that follows its sheet; resolved when the batch runs. */
  ref(): RangeRef {
    return { sheet: this.sheet.get(), rect: this.rect.get() };
  }

  protected snapshot(): RangeData {
    const sheet = this.sheet.get();
    if (this.found.get() === null) return { ...NULL_RANGE, address: "" };
    const rect = this.rect.get();
    const host = this.context.host;
    return {
      isNullObject: false,
      values: host.valuesAt(sheet, rect),
      valueTypes: host.mapRect(rect, (row, column) => valueType(host.cellAt(sheet, row, column))),
      numberFormat: host.mapRect(
        rect,
        (row, column) => host.cellAt(sheet, row, column).numberFormat
      ),
      rowIndex: rect.row,
      columnIndex: rect.column,
      rowCount: rect.rowCount,
      columnCount: rect.columnCount,
      address: refAddress(this.ref()),
    };
  }

  /** Queues a write to the range, logged with its address; sheet and rectangle are resolved when the batch runs. */
  private enqueueWrite(action: WriteAction, apply: (sheet: SheetState, rect: Rect) => void): void {
    this.context.enqueueWrite(
      action,
      () => this.sheet.get(),
      () => rectAddress(this.rect.get()),
      (sheet) => apply(sheet, this.rect.get())
    );
  }

  /** Queues a change to every cell; a 2D argument must match the range's shape, as in Excel. */
  updateCells<V>(
    action: WriteAction,
    argument: V[][] | V,
    change: (cell: Cell, value: V) => Cell | undefined
  ): void {
    this.enqueueWrite(action, (sheet, rect) => {
      const grid = Array.isArray(argument) ? argument : undefined;
      if (
        grid &&
        (grid.length !== rect.rowCount || grid.some((row) => row.length !== rect.columnCount))
      ) {
        throw new FakeOfficeError(
          "InvalidArgument",
          `${action}: the array does not match ${rectAddress(rect)}`
        );
      }
      this.context.host.mapRect(rect, (row, column) => {
        const value = grid ? grid[row - rect.row][column - rect.column] : (argument as V);
        const updated = change(this.context.host.cellAt(sheet, row, column), value);
        if (updated) sheet.cells.set(cellKey(row, column), updated);
      });
    });
  }

  /** Queues a column width or a row height for each column or row the range spans. */
  updateSizes(action: "columnWidth" | "rowHeight", size: number): void {
    this.enqueueWrite(action, (sheet, rect) => {
      const [sizes, first, count] =
        action === "columnWidth"
          ? [sheet.columnWidths, rect.column, rect.columnCount]
          : [sheet.rowHeights, rect.row, rect.rowCount];
      for (let index = first; index < first + count; index++) sizes.set(index, size);
    });
  }

  /**
   * Merges the range, or each of its rows when `across`. Excel keeps only the first cell's value
   * without a word; the fake refuses instead, so a test sees a value that would be lost.
   */
  merge(across = false): void {
    this.enqueueWrite("merge", (sheet, rect) => {
      const areas = across
        ? Array.from({ length: rect.rowCount }, (_, r) => ({
            ...rect,
            row: rect.row + r,
            rowCount: 1,
          }))
        : [rect];
      for (const area of areas) {
        const hidden = this.context.host
          .mapRect(area, (row, column) => ({ row, column }))
          .flat()
          .slice(1)
          .find(({ row, column }) => this.context.host.cellAt(sheet, row, column).value !== "");
        if (hidden)
          throw new FakeOfficeError(
            "InvalidOperation",
            `merging ${rectAddress(area)} would discard the value in ${rectAddress({ ...hidden, rowCount: 1, columnCount: 1 })}`
          );
      }
      sheet.merges.push(...areas);
    });
  }

  get values(): CellValue[][] {
    return this.loaded("values");
  }

  /** As in Office.js, null leaves a cell as it is; a written value is taken as Excel takes it (`written`). */
  set values(values: (CellValue | null)[][]) {
    this.updateCells("values", values, (cell, value) => (value === null ? undefined : written(cell, value)));
  }

  get valueTypes(): string[][] {
    return this.loaded("valueTypes");
  }

  get numberFormat(): string[][] {
    return this.loaded("numberFormat");
  }

  set numberFormat(formats: (string | null)[][]) {
    this.updateCells("numberFormat", formats, (cell, numberFormat) =>
      numberFormat === null ? undefined : { ...cell, numberFormat }
    );
  }

  get rowIndex(): number {
    return this.loaded("rowIndex");
  }

  get columnIndex(): number {
    return this.loaded("columnIndex");
  }

  get rowCount(): number {
    return this.loaded("rowCount");
  }

  get columnCount(): number {
    return this.loaded("columnCount");
  }

  /** Formulas as the user types them; the fake stores the text as the cell's value. */
  set formulasLocal(formulas: string[][]) {
    this.updateCells("values", formulas, (cell, formula) => ({
      ...cell,
      value: formula,
      error: false,
    }));
  }

  getRow(row: number): FakeRange {
    return this.derived((rect) => {
      if (row < 0 || row >= rect.rowCount)
        throw new FakeOfficeError("InvalidArgument", `no row ${row} in ${rectAddress(rect)}`);
      return { ...rect, row: rect.row + row, rowCount: 1 };
    });
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derived((rect) => {
      const resized = {
        ...rect,
        rowCount: rect.rowCount + deltaRows,
        columnCount: rect.columnCount + deltaColumns,
      };
      if (resized.rowCount < 1 || resized.columnCount < 1)
        throw new FakeOfficeError("InvalidArgument", `cannot resize ${rectAddress(rect)} by ${deltaRows}, ${deltaColumns}`);
      return resized;
    });
  }

  /** As in Office.js, ranges that do not overlap have no intersection (ItemNotFound). */
  getIntersection(other: FakeRange): FakeRange {
    return this.derived((rect) => {
      const that = other.ref().rect;
      const row = Math.max(rect.row, that.row);
      const column = Math.max(rect.column, that.column);
      const rowCount = Math.min(rect.row + rect.rowCount, that.row + that.rowCount) - row;
      const columnCount = Math.min(rect.column + rect.columnCount, that.column + that.columnCount) - column;
      if (rowCount < 1 || columnCount < 1)
        throw new FakeOfficeError("ItemNotFound", `${rectAddress(rect)} and ${rectAddress(that)} do not intersect`);
      return { row, column, rowCount, columnCount };
    });
  }

  /** A range on the same sheet, its rectangle made from this one's when the batch runs. */
  private derived(rect: (rect: Rect) => Rect): FakeRange {
    return new FakeRange(
      this.context,
      () => this.sheet.get(),
      () => rect(this.rect.get())
    );
  }

  select(): void {
    this.context.enqueue(() => {
      this.context.host.selection = this.ref();
    });
  }

  clear(): void {
    this.updateCells("values", null, () => blankCell());
  }
}

/** Range.format: write-only here (font.bold, fill.color, widths, heights, wrapping, alignment), which is all the adapter sets. */
export class FakeRangeFormat {
  readonly font: { bold: boolean };
  readonly fill: { color: string };

  constructor(private readonly range: FakeRange) {
    this.font = {
      set bold(bold: boolean) {
        range.updateCells("bold", bold, (cell, value) => ({ ...cell, bold: value }));
      },
    } as { bold: boolean };
    this.fill = {
      set color(color: string) {
        range.updateCells("fill", color, (cell, value) => ({ ...cell, fill: value }));
      },
    } as { color: string };
  }

  set columnWidth(width: number) {
    this.range.updateSizes("columnWidth", width);
  }

  set rowHeight(height: number) {
    this.range.updateSizes("rowHeight", height);
  }

  set wrapText(wrap: boolean) {
    this.range.updateCells("wrapText", wrap, (cell, value) => ({ ...cell, wrapText: value }));
  }

  set verticalAlignment(alignment: string) {
    this.range.updateCells("verticalAlignment", alignment, (cell, value) => ({
      ...cell,
      verticalAlignment: value,
    }));
  }

  set horizontalAlignment(alignment: string) {
    this.range.updateCells("horizontalAlignment", alignment, (cell, value) => ({
      ...cell,
      horizontalAlignment: value,
    }));
  }
}

const POINTS_PER_UNIT: Record<string, number> = { Points: 1, Inches: 72, Centimeters: 72 / 2.54 };

/** Worksheet.pageLayout: the print settings the adapter sets, each queued as one write; the zoom reads back. */
export class FakePageLayout extends FakeClientObject<{ zoom: PrintState["zoom"] }> {
  constructor(
    context: FakeRequestContext,
    private readonly sheet: () => SheetState,
    private readonly change: (apply: (print: PrintState) => void) => void
  ) {
    super(context);
  }

  protected snapshot(): { zoom: PrintState["zoom"] } {
    return { zoom: { ...this.sheet().print.zoom } };
  }

  get zoom(): PrintState["zoom"] {
    return this.loaded("zoom");
  }

  set orientation(orientation: string) {
    this.change((print) => (print.orientation = orientation));
  }

  set paperSize(paperSize: string) {
    this.change((print) => (print.paperSize = paperSize));
  }

  /**
   * As in Office.js, zoom is set as a whole object. A host that `keepsPrintScale` accepts a
   * fit-to-pages zoom without applying it, as some Excel builds do; only reading it back shows it.
   */
  set zoom(zoom: PrintState["zoom"]) {
    const host = this.context.host;
    this.change((print) => {
      if (!(host.keepsPrintScale && zoom.scale === undefined)) print.zoom = { ...zoom };
    });
  }

  setPrintMargins(unit: string, margins: Partial<PrintState["margins"]>): void {
    this.change((print) => {
      const scale = POINTS_PER_UNIT[unit];
      if (scale === undefined)
        throw new FakeOfficeError("InvalidArgument", `no margin unit ${unit}`);
      for (const [side, value] of Object.entries(margins))
        print.margins[side as keyof PrintState["margins"]] = (value as number) * scale;
    });
  }

  /** Whole rows as Excel writes them ("$1:$2"); anything else is refused. */
  setPrintTitleRows(rows: string): void {
    this.change((print) => {
      if (!/^\$\d+:\$\d+$/.test(rows))
        throw new FakeOfficeError(
          "InvalidArgument",
          `print title rows "${rows}" are not whole rows`
        );
      print.titleRows = rows;
    });
  }
}

export class FakeTableCollection extends FakeClientObject<{ items: FakeTable[] }> {
  get items(): FakeTable[] {
    return this.loaded("items");
  }

  protected snapshot(): { items: FakeTable[] } {
    return {
      items: this.context.host.tables.map((table) => new FakeTable(this.context, table).prime()),
    };
  }

  getItem(name: string): FakeTable {
    const table = this.context.host.findTable(name);
    if (!table) throw new FakeOfficeError("ItemNotFound", `the table "${name}" does not exist`);
    return new FakeTable(this.context, table);
  }

  getItemOrNullObject(name: string): FakeTable | FakeNullTable {
    const table = this.context.host.findTable(name);
    return table
      ? Object.assign(new FakeTable(this.context, table), { isNullObject: false })
      : new FakeNullTable();
  }

  /**
   * A table over `range` (its first row the headers), named Tabell<n> until renamed. Excel
   * refuses a table over cells another table holds.
   */
  add(range: FakeRange, hasHeaders: boolean): FakeNewTable {
    if (!hasHeaders)
      throw new FakeOfficeError("InvalidArgument", "the fake makes tables with headers only");
    const state: TableState = {
      name: "",
      sheet: undefined as unknown as SheetState,
      headerRow: 0,
      column: 0,
      columnCount: 1,
      rowCount: 1,
      filters: new Map(),
    };
    this.context.enqueue(() => {
      const host = this.context.host;
      const { sheet, rect } = range.ref();
      host.write("addTable", sheet, rectAddress(rect), () => {
        const overlapped = host.tables.find((table) => table.sheet === sheet && overlaps(tableRect(table), rect));
        if (overlapped)
          throw new FakeOfficeError("InvalidOperation", `the range overlaps the table ${overlapped.name}`);
        placeTable(Object.assign(state, { sheet, name: host.freeTableName() }), rect);
        host.tables.push(state);
      });
    });
    return new FakeNewTable(this.context, state);
  }
}

function tableRect(table: TableState): Rect {
  return { row: table.headerRow, column: table.column, rowCount: table.rowCount + 1, columnCount: table.columnCount };
}

function overlaps(a: Rect, b: Rect): boolean {
  return (
    a.row < b.row + b.rowCount &&
    b.row < a.row + a.rowCount &&
    a.column < b.column + b.columnCount &&
    b.column < a.column + a.columnCount
  );
}

/** Moves a table onto `rect`, its header row first; Excel keeps at least one body row. */
function placeTable(table: TableState, rect: Rect): void {
  Object.assign(table, {
    headerRow: rect.row,
    column: rect.column,
    columnCount: rect.columnCount,
    rowCount: Math.max(1, rect.rowCount - 1),
  });
}

/** A table lookup that found nothing: Office.js's null object. */
export class FakeNullTable {
  readonly isNullObject = true;
  load(): this {
    return this;
  }
}

export class FakeTable extends FakeClientObject<{ name: string }> {
  readonly worksheet: FakeWorksheet;
  readonly rows: { add(index?: number | null, values?: CellValue[][]): void };
  readonly columns: { getItem(key: string): { filter: { applyValuesFilter(values: string[]): void } } };

  constructor(
    context: FakeRequestContext,
    protected readonly table: TableState
  ) {
    super(context);
    this.worksheet = new FakeWorksheet(context, () => table.sheet);
    this.rows = { add: (index, values) => this.addRows(index, values) };
    this.columns = {
      getItem: (key) => ({
        filter: { applyValuesFilter: (values) => this.filterColumn(key, values) },
      }),
    };
  }

  protected snapshot(): { name: string } {
    return { name: this.table.name };
  }

  get name(): string {
    return this.loaded("name");
  }

  protected change(action: WriteAction, apply: (table: TableState) => void): void {
    this.context.enqueueWrite(action, () => this.table.sheet, undefined, () => apply(this.table));
  }

  /** Rows at the end of the table (index null or absent only), written with `values`. */
  private addRows(index: number | null | undefined, values: CellValue[][] | undefined): void {
    if (index !== null && index !== undefined)
      throw new FakeOfficeError("InvalidArgument", "the fake adds table rows at the end only");
    if (!values || values.some((row) => row.length !== this.table.columnCount))
      throw new FakeOfficeError("InvalidArgument", `rows.add: the values do not match the ${this.table.columnCount} columns`);
    this.change("addTableRows", (table) => {
      const first = table.headerRow + 1 + table.rowCount;
      this.context.host.insertTableRows(table, values.length);
      values.forEach((row, r) =>
        row.forEach((value, c) => {
          const key = cellKey(first + r, table.column + c);
          table.sheet.cells.set(key, written(table.sheet.cells.get(key) ?? blankCell(), value));
        })
      );
    });
  }

  /** The column by its header (Excel compares without case); its criterion shows only rows holding one of `values`. */
  private filterColumn(key: string, values: string[]): void {
    this.change("filter", (table) => {
      const headers = this.context.host.valuesAt(table.sheet, tableRect(table))[0];
      const column = headers.findIndex((header) => String(header).toLowerCase() === key.toLowerCase());
      if (column < 0) throw new FakeOfficeError("ItemNotFound", `the table ${table.name} has no column ${key}`);
      table.filters.set(column, [...values]);
    });
  }

  clearFilters(): void {
    this.change("filter", (table) => table.filters.clear());
  }

  getRange(): FakeRange {
    return new FakeRange(this.context, () => this.table.sheet, () => tableRect(this.table));
  }

  getHeaderRowRange(): FakeRange {
    const t = this.table;
    return new FakeRange(
      this.context,
      () => t.sheet,
      () => ({ row: t.headerRow, column: t.column, rowCount: 1, columnCount: t.columnCount })
    );
  }

  getDataBodyRange(): FakeRange {
    const t = this.table;
    return new FakeRange(
      this.context,
      () => t.sheet,
      () => ({
        row: t.headerRow + 1,
        column: t.column,
        rowCount: t.rowCount,
        columnCount: t.columnCount,
      })
    );
  }

  resize(range: FakeRange): void {
    this.context.enqueue(() => placeTable(this.table, range.ref().rect));
  }
}

/** A table added in this batch: its name reads once the batch ran, and a new name is given when the batch runs. */
export class FakeNewTable extends FakeTable {
  get name(): string {
    return this.table.name;
  }

  set name(name: string) {
    this.change("renameTable", (table) => this.context.host.renameTable(table, name));
  }
}

export class FakeNamedItemCollection {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly sheet: () => SheetState
  ) {}

  add(name: string, reference: FakeRange | string, comment = ""): void {
    this.context.enqueueWrite(
      "name",
      this.sheet,
      () => name,
      (sheet) =>
        this.context.host.addName(sheet, {
          name,
          reference: typeof reference === "string" ? reference : reference.ref(),
          comment,
        })
    );
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(
      this.context,
      () => this.sheet().names.get(name.toLowerCase()) ?? null
    );
  }
}

export class FakeNamedItem extends FakeClientObject<{ isNullObject: boolean; name: string }> {
  constructor(
    context: FakeRequestContext,
    private readonly find: () => { name: string } | null
  ) {
    super(context);
  }

  protected snapshot(): { isNullObject: boolean; name: string } {
    const item = this.find();
    return { isNullObject: item === null, name: item?.name ?? "" };
  }

  get isNullObject(): boolean {
    return this.loaded("isNullObject");
  }

  get name(): string {
    return this.loaded("name");
  }
}

export class FakeChartCollection {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly sheet: () => SheetState
  ) {}

  add(type: string, source: FakeRange, seriesBy = "Auto"): FakeChart {
    let added: ChartState | undefined;
    this.context.enqueueWrite(
      "chart",
      this.sheet,
      () => refAddress(source.ref()),
      (sheet) => {
        added = {
          type,
          source: source.ref(),
          seriesBy,
          title: "",
          legendVisible: true,
          reversePlotOrder: false,
        };
        sheet.charts.push(added);
      }
    );
    return new FakeChart(this.context, this.sheet, () => {
      if (!added) throw new FakeOfficeError("ItemNotFound", "the chart was not created");
      return added;
    });
  }
}

/** Chart members the adapter sets: title, legend, category axis order, series categories, position. */
export class FakeChart {
  readonly title: { text: string };
  readonly legend: { visible: boolean };
  readonly axes: { categoryAxis: { reversePlotOrder: boolean } };
  readonly series: { getItemAt(index: number): { setXAxisValues(range: FakeRange): void; name: string } };

  constructor(
    private readonly context: FakeRequestContext,
    private readonly sheet: () => SheetState,
    private readonly chart: () => ChartState
  ) {
    const change = (apply: (chart: ChartState) => void): void =>
      context.enqueueWrite("chart", sheet, undefined, () => apply(chart()));
    this.title = {
      set text(text: string) {
        change((c) => {
          c.title = text;
        });
      },
    } as { text: string };
    this.legend = {
      set visible(visible: boolean) {
        change((c) => {
          c.legendVisible = visible;
        });
      },
    } as { visible: boolean };
    this.axes = {
      categoryAxis: {
        set reversePlotOrder(reverse: boolean) {
          change((c) => {
            c.reversePlotOrder = reverse;
          });
        },
      } as { reversePlotOrder: boolean },
    };
    // A chart over several columns "by columns" has a series per column, as in Excel.
    const series = (c: ChartState, index: number): void => {
      const count = c.seriesBy === "Columns" ? c.source.rect.columnCount : 1;
      if (index < 0 || index >= count)
        throw new FakeOfficeError("ItemNotFound", `the chart has no series ${index}`);
    };
    this.series = {
      getItemAt: (index: number) => ({
        setXAxisValues: (range: FakeRange) =>
          change((c) => {
            series(c, index);
            c.categories = range.ref();
          }),
        set name(name: string) {
          change((c) => {
            series(c, index);
            c.seriesNames = Object.assign([...(c.seriesNames ?? [])], { [index]: name });
          });
        },
      }),
    };
  }

  setPosition(start: FakeRange | string, end?: FakeRange | string): void {
    const place = (cell: FakeRange | string) => (typeof cell === "string" ? cell : cell.ref());
    this.context.enqueueWrite("chart", this.sheet, undefined, () => {
      this.chart().anchor = place(start);
      if (end) this.chart().anchorEnd = place(end);
    });
  }
}
