import { inflateEntry, readZip, writeZip, type ZipEntry, type ZipOutput } from "./zip";

/**
 * An .xlsx file as its parts (OPC): read a part as text, replace or remove it; every part that
 * is not changed is written back exactly as it was stored.
 */
export interface XlsxPackage {
  /** Part names in the file's order ("xl/workbook.xml", without a leading slash). */
  readonly names: readonly string[];
  has(name: string): boolean;
  /** The part as UTF-8 text (XML parts), undefined when there is no such part. */
  text(name: string): string | undefined;
  /** Replaces the part's content, or adds it at the end. */
  setText(name: string, text: string): void;
  remove(name: string): void;
  /** The package as a zip: untouched entries copied, changed ones deflated. */
  bytes(): Uint8Array;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function openPackage(bytes: Uint8Array, entries: readonly ZipEntry[] = readZip(bytes)): XlsxPackage {
  const order = entries.map((entry) => entry.name);
  const originals = new Map(entries.map((entry) => [entry.name, entry]));
  const changed = new Map<string, string>();
  const removed = new Set<string>();
  const present = (name: string) => !removed.has(name) && (changed.has(name) || originals.has(name));
  return {
    get names() {
      return order.filter(present);
    },
    has: present,
    text(name) {
      if (!present(name)) return undefined;
      const edited = changed.get(name);
      return edited ?? decoder.decode(inflateEntry(originals.get(name) as ZipEntry));
    },
    setText(name, text) {
      removed.delete(name);
      if (!order.includes(name)) order.push(name);
      changed.set(name, text);
    },
    remove(name) {
      removed.add(name);
      changed.delete(name);
    },
    bytes() {
      const outputs: ZipOutput[] = order.filter(present).map((name) => {
        const edited = changed.get(name);
        const original = originals.get(name);
        return edited === undefined ? { copy: original as ZipEntry } : { name, content: encoder.encode(edited), replaces: original };
      });
      return writeZip(outputs);
    },
  };
}
