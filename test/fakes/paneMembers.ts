/**
 * The members of the fake Office.js that the task pane's adapters (src/excel/keys.ts,
 * navigation.ts) use on top of the report writer's: tables looked up, added, renamed and resized,
 * a selection, the active cell and local formulas. Kept in their own module so the report
 * writer's fake stays as it is; importing this file (index.ts does) adds them.
 */
import { FakeOfficeError } from "./errors";
import type { FakeExcelHost } from "./host";
import {
  FakeRange,
  FakeRequestContext,
  FakeTable,
  FakeTableCollection,
  FakeWorkbook,
} from "./proxies";
import { blankCell, cellKey, type Rect, type SheetState, type TableState } from "./state";

declare module "./proxies" {
  interface FakeTableCollection {
    getItem(name: string): FakeTable;
    getItemOrNullObject(name: string): FakeTable | NullTable;
    add(range: FakeRange, hasHeaders: boolean): FakeTable;
  }
  interface FakeTable {
    resize(range: FakeRange): void;
  }
  interface FakeRange {
    select(): void;
    clear(): void;
    formulasLocal: string[][];
  }
  interface FakeWorkbook {
    getActiveCell(): FakeRange;
  }
}

/** Where the user's selection is; the pane reads it through getActiveCell. */
export interface Selection {
  sheet: SheetState;
  rect: Rect;
}

const selections = new WeakMap<FakeExcelHost, Selection>();

export function selectionOf(host: FakeExcelHost): Selection | undefined {
  return selections.get(host);
}

/** A table lookup that found nothing: Office.js's null object. */
export class NullTable {
  readonly isNullObject = true;
  load(): this {
    return this;
  }
}

function contextOf(object: object): FakeRequestContext {
  return (object as unknown as { context: FakeRequestContext }).context;
}

function findTable(host: FakeExcelHost, name: string): TableState | undefined {
  return host.tables.find((table) => table.name.toLowerCase() === name.trim().toLowerCase());
}

FakeTableCollection.prototype.getItem = function (name: string) {
  const context = contextOf(this);
  const table = findTable(context.host, name);
  if (!table) throw new FakeOfficeError("ItemNotFound", `the table "${name}" does not exist`);
  return new FakeTable(context, table);
};

FakeTableCollection.prototype.getItemOrNullObject = function (name: string) {
  const context = contextOf(this);
  const table = findTable(context.host, name);
  return table
    ? Object.assign(new FakeTable(context, table), { isNullObject: false })
    : new NullTable();
};

FakeTableCollection.prototype.add = function (range: FakeRange, hasHeaders: boolean) {
  const context = contextOf(this);
  if (!hasHeaders)
    throw new FakeOfficeError("InvalidArgument", "the fake makes tables with headers only");
  const state: TableState = {
    name: `Tabell${context.host.tables.length + 1}`,
    sheet: undefined as unknown as SheetState,
    headerRow: 0,
    column: 0,
    columnCount: 1,
    rowCount: 1,
  };
  context.enqueue(() => {
    const { sheet, rect } = range.ref();
    Object.assign(state, {
      sheet,
      headerRow: rect.row,
      column: rect.column,
      columnCount: rect.columnCount,
      rowCount: Math.max(1, rect.rowCount - 1),
    });
    context.host.tables.push(state);
  });
  const table = new FakeTable(context, state);
  Object.defineProperty(table, "name", {
    set(name: string) {
      context.enqueue(() => {
        state.name = name;
      });
    },
    get: () => state.name,
  });
  return table;
};

FakeTable.prototype.resize = function (range: FakeRange) {
  const context = contextOf(this);
  const state = this["table"];
  context.enqueue(() => {
    const { rect } = range.ref();
    Object.assign(state, {
      headerRow: rect.row,
      column: rect.column,
      columnCount: rect.columnCount,
      rowCount: Math.max(1, rect.rowCount - 1),
    });
  });
};

FakeRange.prototype.select = function () {
  const context = contextOf(this);
  context.enqueue(() => {
    const { sheet, rect } = this.ref();
    selections.set(context.host, { sheet, rect });
  });
};

FakeRange.prototype.clear = function () {
  this.updateCells("values", null, () => blankCell());
};

Object.defineProperty(FakeRange.prototype, "formulasLocal", {
  set(this: FakeRange, formulas: string[][]) {
    this.updateCells("values", formulas, (cell, formula) => ({
      ...cell,
      value: formula,
      error: false,
    }));
  },
});

FakeWorkbook.prototype.getActiveCell = function () {
  const context = contextOf(this.worksheets);
  const host = context.host;
  return new FakeRange(
    context,
    () => selectionOf(host)?.sheet ?? host.activeSheet(),
    () => {
      const rect = selectionOf(host)?.rect ?? { row: 0, column: 0, rowCount: 1, columnCount: 1 };
      return { ...rect, rowCount: 1, columnCount: 1 };
    }
  );
};

/** A cell's value for tests that look at what the pane inserted. */
export function cellValue(sheet: SheetState, row: number, column: number): unknown {
  return sheet.cells.get(cellKey(row, column))?.value;
}
