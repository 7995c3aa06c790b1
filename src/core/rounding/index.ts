import type { Rounding } from "../workbook/types";
import type { Column } from "./columns";
import { roundControlled } from "./controlled";
import { roundPerCell } from "./perCell";
import type { ExactPart, RoundedReport } from "./types";

export type { ExactLine, ExactPart, ExactReport, RoundedReport, RoundedTable, Table } from "./types";
export { figureColumns, inColumnOrder, isDifference, type Column, type ColumnId, type ColumnRule, type FigureColumn, type Figures } from "./columns";
export { roundControlled, roundPerCell };

/** The settings' Avrundning, each option its rounding of any declared columns. */
export const ROUNDINGS: Readonly<Record<Rounding, (columns: readonly Column[], parts: readonly ExactPart[]) => RoundedReport>> = {
  controlled: roundControlled,
  "per-cell": roundPerCell,
};
