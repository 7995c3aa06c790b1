import { Zip, ZipDeflate, inflateSync, type ZipInputFile } from "fflate";
import { OitError } from "../core/errors";
import { xlsxError } from "./messages";

/** One entry of a zip file as its central directory describes it, with its stored (compressed) bytes. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated (the only methods an .xlsx uses). */
  method: number;
  crc: number;
  /** The size once inflated, as the directory states it. */
  size: number;
  /** The entry's bytes as stored in the file: copied as they are when the entry is not changed. */
  stored: Uint8Array;
  /** MS-DOS date and time of the entry, kept when it is copied. */
  dosTime: number;
  dosDate: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** The end record is 22 bytes plus a comment of at most 65 535. */
const END_SEARCH = 22 + 0xffff;

function notAZip(reason: string): OitError {
  return xlsxError("xlsxNotAZip", { reason });
}

function endOfDirectory(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - END_SEARCH);
  for (let at = view.byteLength - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  throw notAZip("no zip directory");
}

/**
 * The entries of a zip file, read from its central directory. fflate inflates, but it neither
 * exposes an entry's stored bytes (needed to copy an unchanged part exactly as it was) nor the
 * sizes the directory declares before inflating (needed to refuse a hostile file before its
 * parts are inflated), so the directory itself (APPNOTE 4.3.12–4.3.16) is read here.
 */
export function readZip(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 22) throw notAZip("too short");
  const end = endOfDirectory(view);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (count === 0xffff || at === 0xffffffff) throw notAZip("zip64 (larger than 4 GB)");
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== DIRECTORY_ENTRY) throw notAZip("damaged zip directory");
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const compressedSize = view.getUint32(at + 20, true);
    if (local + 30 > bytes.byteLength || view.getUint32(local, true) !== LOCAL_HEADER) throw notAZip("damaged zip entry");
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (dataStart + compressedSize > bytes.byteLength) throw notAZip("truncated zip entry");
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      dosTime: view.getUint16(at + 12, true),
      dosDate: view.getUint16(at + 14, true),
      crc: view.getUint32(at + 16, true),
      size: view.getUint32(at + 24, true),
      stored: bytes.subarray(dataStart, dataStart + compressedSize),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The entry's content; never more than the size its directory entry declares. */
export function inflateEntry(entry: ZipEntry): Uint8Array {
  if (entry.method === 0) return entry.stored;
  if (entry.method !== 8) throw notAZip(`compression method ${entry.method} in ${entry.name}`);
  try {
    return inflateSync(entry.stored, { out: new Uint8Array(entry.size) });
  } catch (error) {
    throw notAZip(`${entry.name}: ${(error as Error).message}`);
  }
}

/** What goes into a written zip: an entry copied as it was, or new content to deflate (dated as the entry it replaces, if any). */
export type ZipOutput = { copy: ZipEntry } | { name: string; content: Uint8Array; replaces?: ZipEntry };

function dosToDate(entry: ZipEntry): Date {
  const { dosDate: d, dosTime: t } = entry;
  return new Date(1980 + (d >> 9), ((d >> 5) & 15) - 1, d & 31, t >> 11, (t >> 5) & 63, (t & 31) * 2);
}

/** An already-compressed entry handed to fflate's Zip, which writes the method, CRC and size it is told. */
function copiedFile(entry: ZipEntry): ZipInputFile & { push(): void } {
  const file: ZipInputFile & { push(): void } = {
    filename: entry.name,
    size: entry.size,
    crc: entry.crc,
    compression: entry.method,
    mtime: dosToDate(entry),
    push: () => file.ondata?.(null, entry.stored as Uint8Array<ArrayBuffer>, true),
  };
  return file;
}

/** A zip of the outputs in their order: copied entries byte for byte, new ones deflated. */
export function writeZip(outputs: readonly ZipOutput[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  for (const output of outputs) {
    if ("copy" in output) {
      const file = copiedFile(output.copy);
      zip.add(file);
      file.push();
    } else {
      const file = new ZipDeflate(output.name, { level: 6 });
      if (output.replaces) file.mtime = dosToDate(output.replaces);
      zip.add(file);
      file.push(output.content, true);
    }
  }
  zip.end();
  if (failure) throw failure;
  const total = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  const result = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    result.set(chunk, at);
    at += chunk.length;
  }
  return result;
}
