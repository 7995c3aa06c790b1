// The one place the engine loads iconv-lite: the code pages of exports (CP437 for SIE's PC8, Windows-1252 for
// older CSV exports), which the platform's TextDecoder does not all know (no browser decodes CP437).
import iconv from "iconv-lite";
import type { TextEncoding } from "./types";

const BOM = [0xef, 0xbb, 0xbf];

function hasBom(bytes: Uint8Array): boolean {
  return BOM.every((byte, i) => bytes[i] === byte);
}

/** Bytes in a single-byte code page as text. */
export function decodeCodePage(bytes: Uint8Array, encoding: "cp437" | "windows-1252"): string {
  return iconv.decode(bytes as Buffer, encoding === "cp437" ? "cp437" : "windows1252");
}

/** Text in CP437, for writing SIE files (the example's and the tests' generator). */
export function encodeCp437(text: string): Uint8Array {
  return new Uint8Array(iconv.encode(text, "cp437"));
}

/**
 * A CSV export's bytes as text: UTF-8 with a byte order mark, UTF-8 when the bytes are valid UTF-8 (the
 * platform's strict decoder), else Windows-1252 — a Windows-1252 "å" (0xE5) alone is never valid UTF-8.
 */
export function decodeExportText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  if (hasBom(bytes)) return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8-bom" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: decodeCodePage(bytes, "windows-1252"), encoding: "windows-1252" };
  }
}
