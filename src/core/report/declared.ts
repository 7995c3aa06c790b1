import { figureColumns, ROUNDINGS, type Column, type ExactLine, type FigureColumn, type RoundedReport } from "../rounding";
import type { Rounding } from "../workbook/types";
import type { DeclaredLine, Part } from "./parts";

/** The displayed figure another table gave a kept column: a line without one is a mistake of the code that made it. */
function keptOf(line: DeclaredLine, column: FigureColumn): bigint {
  const kept = line.kept?.[column.rule.figure];
  if (kept === undefined) throw new Error(`line ${line.label}: no displayed ${column.rule.figure} to keep in column ${column.id}`);
  return kept;
}

/** A line's exact figures, and the kept ones as given, keyed by the columns that take them from its sources. */
function exactLine(columns: readonly FigureColumn[], line: DeclaredLine): ExactLine {
  return {
    section: line.section,
    figures: Object.fromEntries(columns.map((column) => [column.id, line.figures[column.rule.figure]])),
    kept: Object.fromEntries(columns.flatMap((column) => (column.rule.kept ? [[column.id, keptOf(line, column)]] : []))),
  };
}

/**
 * The parts' tables of the declared columns, rounded by the rounding the settings name: the committee = the
 * parts, every column and declared difference adding up as domain.md section 7 says.
 */
export function roundParts(columns: readonly Column[], parts: readonly Part[], rounding: Rounding): RoundedReport {
  const figures = figureColumns(columns);
  return ROUNDINGS[rounding](columns, parts.map((part) => ({ lines: part.lines.map((line) => exactLine(figures, line)) })));
}
