import { isoDate } from "../workbook/dates";
import type { ForecastVersion } from "./types";

/** 32-bit FNV-1a over UTF-16 code units, from a given basis. */
function fnv1a(text: string, basis: number): number {
  let hash = basis;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/**
 * A checksum of a locked version's content (its date, month and every line's Rad, Fördelning, Årsprognos and
 * Utfall, in order), kept beside it when it is locked so that Kontroll can tell an edited or shortened version.
 * It guards against mistakes (a typed-over cell, a sorted or deleted row), not against someone who wants to
 * forge a version: that would need a key the workbook cannot keep secret. Two FNV-1a hashes make 64 bits.
 * Amounts are compared as exact decimals, so 1200 and 1200,00 are the same figure.
 */
export function versionFingerprint(version: Pick<ForecastVersion, "locked" | "throughMonth" | "lines">): string {
  const text = [
    isoDate(version.locked),
    String(version.throughMonth),
    ...version.lines.map((line) => [line.line, line.allocation, line.forecast.toString(), line.outcome.toString()].join("\u0001")),
  ].join("\u0002");
  const hex = (n: number) => n.toString(16).padStart(8, "0");
  return hex(fnv1a(text, 0x811c9dc5)) + hex(fnv1a(text, 0x050c5d1f));
}
