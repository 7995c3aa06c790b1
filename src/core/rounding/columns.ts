/** A declared column's id: what a row's figures are keyed by. */
export type ColumnId = string;

/**
 * How a column's figures are computed: a figure the lines carry (a ledger figure such as the budget, a year of
 * the plan, a locked forecast), or the difference of two other declared columns (minuend − subtrahend). A
 * figure that is `kept` is displayed as given (another table's displayed figures): the rounding builds the
 * rest of the table around it.
 */
export type ColumnRule<Source extends string = string> = FigureRule<Source> | { difference: readonly [ColumnId, ColumnId] };

export interface FigureRule<Source extends string = string> {
  figure: Source;
  kept?: true;
}

export interface Column<Source extends string = string> {
  id: ColumnId;
  header: string;
  rule: ColumnRule<Source>;
}

/** A row's figures by column id. */
export type Figures<T> = Readonly<Record<ColumnId, T>>;

export function isDifference(rule: ColumnRule): rule is { difference: readonly [ColumnId, ColumnId] } {
  return "difference" in rule;
}

export type FigureColumn<Source extends string = string> = Column<Source> & { rule: FigureRule<Source> };

/** The declared columns whose figures the lines carry (not differences), in declared order. */
export function figureColumns<Source extends string>(columns: readonly Column<Source>[]): FigureColumn<Source>[] {
  return columns.filter((column): column is FigureColumn<Source> => !isDifference(column.rule));
}

/** Figures in the declared column order: the shape a sheet's block and the report JSON take. */
export function inColumnOrder<T>(columns: readonly Column[], figures: Figures<T>): T[] {
  return columns.map((column) => figures[column.id]);
}
