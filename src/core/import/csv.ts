import type { Where } from "../errors";
import { OitError } from "../errors";
import { parseTextAmount } from "./amounts";
import { csvRows } from "./csvRows";
import { exportFromGrid, locateHeader } from "./grid";
import { AMOUNT_COLUMNS } from "./exportColumns";
import { decodeExportText } from "./text";
import type { Delimiter, ExportData, ImportSettings } from "./types";

const DELIMITERS: readonly Delimiter[] = [";", "\t", ","];
/** Enough lines for the title lines and the header. */
const PREVIEW_LINES = 60;

function whereIn(source: string): (row: number, column?: number, header?: string) => Where {
  return (row, column, header) => {
    const where: Where = { file: source, row: row + 1 };
    if (column !== undefined) where.column = column + 1;
    if (header) where.columnName = header;
    return where;
  };
}

/** The delimiter whose split of the first lines gives an export header (the widest, when several do). */
function detectDelimiter(text: string, source: string): Delimiter {
  let best: { delimiter: Delimiter; width: number } | undefined;
  for (const delimiter of DELIMITERS) {
    const grid = csvRows(text, delimiter, (row) => ({ file: source, row }), PREVIEW_LINES);
    const found = locateHeader(grid, source, whereIn(source));
    if (found && (!best || grid[found.index].length > best.width)) best = { delimiter, width: grid[found.index].length };
  }
  if (!best) throw new OitError("exportNoHeader", { source, rows: PREVIEW_LINES }, { file: source });
  return best.delimiter;
}

/**
 * With `,` the decimal separator is `.`; with `;` or tab it is `,` (workbook.md) — unless no amount has a
 * comma and some have a point, as some systems write.
 */
function detectDecimalSeparator(grid: readonly string[][], delimiter: Delimiter, headerIndex: number, amountColumns: readonly number[]): "," | "." {
  if (delimiter === ",") return ".";
  let point = false;
  for (let row = headerIndex + 1; row < grid.length; row++) {
    for (const column of amountColumns) {
      const cell = grid[row][column] ?? "";
      if (cell.includes(",")) return ",";
      if (cell.includes(".")) point = true;
    }
  }
  return point ? "." : ",";
}

/** A CSV/text export (workbook.md): encoding, delimiter, decimal separator and title lines detected and reported. */
export function readCsvExport(bytes: Uint8Array, source: string, settings: ImportSettings): ExportData {
  const { text, encoding } = decodeExportText(bytes);
  if (text.trim() === "") throw new OitError("exportEmpty", { source }, { file: source });
  const delimiter = detectDelimiter(text, source);
  const where = whereIn(source);
  const grid = csvRows(text, delimiter, (row) => ({ file: source, row }));
  const header = locateHeader(grid, source, where);
  const amountIndexes = AMOUNT_COLUMNS.flatMap((column) => header?.header.columns[column] ?? []);
  const decimalSeparator = detectDecimalSeparator(grid, delimiter, header?.index ?? 0, amountIndexes);
  return exportFromGrid(grid, {
    recognition: { format: "csv", source, encoding, delimiter, decimalSeparator, year: settings.year },
    ragged: true,
    where,
    amount(cell, at) {
      const amount = parseTextAmount(String(cell ?? ""), decimalSeparator);
      if (amount === undefined) throw new OitError("notANumber", { value: String(cell).trim() }, at());
      return amount;
    },
  });
}
