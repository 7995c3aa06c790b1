import { promises as fs, type Stats } from "fs";
import * as path from "path";
import { OitError } from "../core/errors";
import { REPORT_MARKER_NAME } from "../core/report";
import { openPackage, type XlsxPackage } from "../xlsx/package";
import { sheetParts, workbookPart } from "../xlsx/workbookParts";
import { attribute, elements } from "../xlsx/xml";
import { readZip, type ZipEntry } from "../xlsx/zip";
import { cliError, type CliMessageCode } from "./messages";

/**
 * What the command line accepts of a workbook, checked in the zip directory before anything is
 * inflated: ExcelJS holds a whole workbook in memory (about 25 times its XML), so a sheet that
 * inflates to hundreds of MB or a million rows would exhaust the heap minutes later instead of
 * being refused at once. 64 MB of sheet XML is about 250 000 ledger rows of eight columns.
 */
export const LIMITS = { partBytes: 64 * 2 ** 20, totalBytes: 160 * 2 ** 20, rows: 250_000 };

const MB = 2 ** 20;

/** An input workbook: its bytes, its package (parts read on demand) and its zip entries. */
export interface InputWorkbook {
  file: string;
  bytes: Uint8Array;
  pkg: XlsxPackage;
  stats: Stats;
}

function errnoOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? "";
}

/** What a file that is not an .xlsx is, by its content: the user is told what to do instead. */
function otherFormat(bytes: Uint8Array, entries: ZipEntry[] | null): CliMessageCode | null {
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return "cliFormatXls";
  // OpenDocument stores its "mimetype" entry first and uncompressed.
  const mimetype = entries?.find((entry) => entry.name === "mimetype" && entry.method === 0);
  if (mimetype && new TextDecoder().decode(mimetype.stored).startsWith("application/vnd.oasis.opendocument")) return "cliFormatOds";
  if (!entries && !bytes.subarray(0, 4096).includes(0)) return "cliFormatText";
  return null;
}

function zipEntries(bytes: Uint8Array): ZipEntry[] | null {
  try {
    return readZip(bytes);
  } catch {
    return null;
  }
}

/** The sheet a worksheet part holds, by the workbook's own list (which is small: only it is inflated), when there is one. */
function sheetOf(pkg: XlsxPackage, part: string): string | undefined {
  try {
    return sheetParts(pkg).find((sheet) => sheet.part === part)?.name;
  } catch {
    return undefined;
  }
}

function checkSizes(file: string, entries: readonly ZipEntry[], pkg: XlsxPackage): void {
  const total = entries.reduce((sum, entry) => sum + entry.size, 0);
  const largest = entries.reduce((top, entry) => (entry.size > top.size ? entry : top), entries[0]);
  if (largest && largest.size > LIMITS.partBytes) {
    const size = { path: file, part: largest.name, size: Math.ceil(largest.size / MB), limit: LIMITS.partBytes / MB };
    const sheet = sheetOf(pkg, largest.name);
    throw sheet === undefined ? cliError("cliTooLarge", size) : cliError("cliSheetTooLarge", { ...size, sheet }, { sheet });
  }
  if (total > LIMITS.totalBytes) throw cliError("cliTooLargeInAll", { path: file, size: Math.ceil(total / MB), limit: LIMITS.totalBytes / MB });
}

/** Rows of a sheet part: its row elements, or the extent its `<dimension>` states when that is larger. */
function rowCount(xml: string): number {
  let rows = 0;
  for (let at = xml.indexOf("<row"); at >= 0; at = xml.indexOf("<row", at + 4)) {
    const next = xml.charCodeAt(at + 4);
    if (next === 0x20 || next === 0x3e) rows++;
  }
  const dimension = elements(xml.slice(0, 4096), "dimension")[0];
  const stated = Number(/(\d+)$/.exec(attribute(dimension?.attributes ?? "", "ref") ?? "")?.[1] ?? 0);
  return Math.max(rows, stated);
}

function checkRows(file: string, pkg: XlsxPackage): void {
  for (const name of pkg.names.filter((part) => /^xl\/worksheets\/[^/]+\.xml$/.test(part))) {
    const rows = rowCount(pkg.text(name) ?? "");
    if (rows > LIMITS.rows) {
      const sheet = sheetOf(pkg, name) ?? name;
      throw cliError("cliTooManyRows", { path: file, part: name, sheet, rows, limit: LIMITS.rows }, { sheet });
    }
  }
}

/** Reads a workbook the command line is given; every way it can fail is a sentence naming the file. */
export async function readInputWorkbook(file: string): Promise<InputWorkbook> {
  let stats: Stats;
  let bytes: Uint8Array;
  try {
    stats = await fs.stat(file);
    if (stats.isDirectory()) throw cliError("cliInputIsFolder", { path: file });
    bytes = await fs.readFile(file);
  } catch (error) {
    if (error instanceof OitError) throw error;
    const code = errnoOf(error);
    if (code === "ENOENT" || code === "ENOTDIR") throw cliError("cliFileMissing", { path: file });
    if (code === "EACCES" || code === "EPERM") throw cliError("cliFileNoPermission", { path: file });
    throw cliError("cliFileUnreadable", { path: file, reason: code || String(error) });
  }
  const entries = zipEntries(bytes);
  const other = otherFormat(bytes, entries);
  if (other) throw cliError(other, { path: file });
  if (!entries) throw cliError("cliFileUnreadable", { path: file, reason: "ingen zip-fil / not a zip file" });
  // Opening reads the zip's directory only: a part is inflated when it is read.
  const pkg = openPackage(bytes, entries);
  checkSizes(file, entries, pkg);
  try {
    workbookPart(pkg);
  } catch {
    throw cliError("cliNotAWorkbook", { path: file });
  }
  checkRows(file, pkg);
  return { file, bytes, pkg, stats };
}

/** Whether an existing file is a workbook that holds a report sheet the add-in wrote (its marker name). */
async function isAddinReport(file: string): Promise<boolean> {
  try {
    const pkg = openPackage(await fs.readFile(file));
    return elements(pkg.text(workbookPart(pkg)) ?? "", "definedName").some((name) => attribute(name.attributes, "name") === REPORT_MARKER_NAME);
  } catch {
    return false;
  }
}

export interface OutputRules {
  /** The input, which the output may not be by any path (symbolic or hard link). */
  input?: Stats;
  force: boolean;
}

async function statOrNull(file: string): Promise<Stats | null> {
  try {
    return await fs.stat(file);
  } catch (error) {
    if (errnoOf(error) === "ENOENT" || errnoOf(error) === "ENOTDIR") return null;
    throw outputError(file, error);
  }
}

/** An operating-system refusal as one sentence: never an errno in an "internal error". */
function outputError(file: string, error: unknown): OitError {
  const code = errnoOf(error);
  const messages: Record<string, CliMessageCode> = {
    EACCES: "cliOutNoPermission",
    EPERM: "cliOutNoPermission",
    EROFS: "cliOutReadOnly",
    ENOSPC: "cliOutDiskFull",
    EDQUOT: "cliOutDiskFull",
    EISDIR: "cliOutIsFolder",
    ENOTDIR: "cliOutNoFolder",
    ENAMETOOLONG: "cliOutNameTooLong",
  };
  return cliError(messages[code] ?? "cliOutFailed", { path: file, folder: path.dirname(file), reason: code || String(error) });
}

/** The checks on `--out` before any work: an .xlsx file, not a folder, not the input, not a file of the user's. */
export async function checkOutput(file: string, rules: OutputRules): Promise<void> {
  const existing = await statOrNull(file);
  if (existing?.isDirectory()) throw cliError("cliOutIsFolder", { path: file });
  if (!/\.xlsx$/i.test(file)) throw cliError("cliOutNotXlsx", { path: file });
  if (!existing) return;
  if (rules.input && existing.dev === rules.input.dev && existing.ino === rules.input.ino) throw cliError("cliOutIsInput", { path: file });
  if (!rules.force && !(await isAddinReport(file))) throw cliError("cliOutExists", { path: file });
}

/**
 * Writes the file whole or not at all: into a temporary file beside it (same folder, so the same
 * file system), flushed, then renamed over the target. A failure removes the temporary file and
 * leaves whatever was at the target as it was.
 */
export async function writeOutput(file: string, bytes: Uint8Array): Promise<void> {
  const folder = path.dirname(file);
  const temporary = path.join(folder, `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    await fs.mkdir(folder, { recursive: true });
    const handle = await fs.open(temporary, "wx");
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temporary, file);
  } catch (error) {
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    throw outputError(file, error);
  }
}
