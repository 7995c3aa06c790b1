import { OitError } from "../errors";
import { readCsvExport } from "./csv";
import { readSieExport } from "./sie/read";
import type { ExportData, ExportFormat, ImportSettings } from "./types";

const byExtension: Record<string, ExportFormat> = { csv: "csv", txt: "csv", se: "sie4", si: "sie4", sie: "sie4", xlsx: "xlsx", xlsm: "xlsx" };

/** An SIE file opens with a label line (#FLAGGA by the specification); an .xlsx is a zip ("PK"). */
function formatOfContent(bytes: Uint8Array): ExportFormat | null {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return "xlsx";
  const start = String.fromCharCode(...bytes.subarray(0, 16)).trimStart();
  if (/^#[A-Z]+/.test(start)) return "sie4";
  return null;
}

/** The kind of export a file is, by its name (.csv/.txt, .se/.si/.sie, .xlsx), else by its first bytes; null when unknown. */
export function exportFormatOf(fileName: string, bytes: Uint8Array): ExportFormat | null {
  const extension = /\.([^.\\/]+)$/.exec(fileName)?.[1]?.toLowerCase();
  return (extension && byExtension[extension]) || formatOfContent(bytes);
}

/**
 * A CSV/text or SIE 4 file's bytes as a normalised export (the format by `exportFormatOf`; an .xlsx is the
 * host's to open, then `readTableExport`). Bad input is an OitError naming the line, row or column.
 */
export function readExportFile(bytes: Uint8Array, fileName: string, settings: ImportSettings): ExportData {
  const format = exportFormatOf(fileName, bytes) ?? "csv";
  if (format === "sie4") return readSieExport(bytes, fileName, settings);
  if (format === "xlsx") throw new OitError("exportIsWorkbook", { source: fileName }, { file: fileName });
  return readCsvExport(bytes, fileName, settings);
}
