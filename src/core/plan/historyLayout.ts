import type { CellBlock, SheetLayout } from "../report/layout.types";
import { columnWidths } from "../report/columnWidths";
import { HISTORY_HEADERS, HISTORY_TABLE } from "./history";
import type { Lock } from "./lock";
import { historyRows } from "./lock";
import { SEALS_HEADERS } from "./seals";

export const HISTORY_SHEET = HISTORY_TABLE;
const DATE_FORMAT = "yyyy-mm-dd";
const MONTH_FORMAT = "0";
const AMOUNT_WITH_ÖRE = "#,##0.00;-#,##0.00";

/** Columns of Prognoshistorik that share a number format, so each is one block: [first, last, format]. */
const COLUMN_GROUPS: [number, number, string | undefined][] = [
  [0, 0, undefined],
  [1, 1, DATE_FORMAT],
  [2, 2, MONTH_FORMAT],
  [3, 4, undefined],
  [5, 6, AMOUNT_WITH_ÖRE],
];

/** The seals stand beside the history, one blank column between, so each table's header is its own run of the first row. */
const SEALS_COLUMN = HISTORY_HEADERS.length + 1;

/**
 * The add-in's sheet Prognoshistorik after a lock, as both writers render it: the table's header in the first row
 * and every version's rows below in the order they were appended, Låst as an Excel date, the amounts as numbers;
 * beside it Prognoslås, the checksum of each version. Values and formats only.
 */
export function layoutHistory(lock: Lock): SheetLayout {
  const rows = lock.versions.flatMap(historyRows);
  const blocks: CellBlock[] = [
    { row: 0, column: 0, values: [[...HISTORY_HEADERS]], style: "header" },
    ...(rows.length === 0
      ? []
      : COLUMN_GROUPS.map(([first, last, format]): CellBlock => ({
          row: 1,
          column: first,
          values: rows.map((row) => row.slice(first, last + 1)),
          style: "line",
          ...(format && { numberFormat: format }),
        }))),
    { row: 0, column: SEALS_COLUMN, values: [[...SEALS_HEADERS]], style: "header" },
    { row: 1, column: SEALS_COLUMN, values: lock.seals.map((seal) => [seal.label, seal.fingerprint]), style: "line" },
  ];
  return { sheetName: HISTORY_SHEET, blocks, columnWidths: columnWidths(blocks), freezeRows: 1 };
}
