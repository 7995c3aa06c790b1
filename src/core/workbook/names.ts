/**
 * Names as the contract compares them (workbook.md): case, surrounding and repeated spaces, and the kind of
 * dash ("jan–sep" = "jan-sep" = "jan - sep") do not matter, because economists type them by hand.
 */
export function normalizeName(name: string): string {
  return name
    // A name pasted from another system may spell å as a + ring (NFD): the same name to a reader.
    .normalize("NFC")
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/ ?- ?/g, "-")
    .toLowerCase();
}

/**
 * normalizeName for text that repeats on many rows (a ledger's Rad, Fördelning, Typ): each distinct text is
 * normalised once, which matters on a ledger of 100 000 rows.
 */
export function nameNormalizer(): (name: string) => string {
  const seen = new Map<string, string>();
  return (name) => {
    let normal = seen.get(name);
    if (normal === undefined) seen.set(name, (normal = normalizeName(name)));
    return normal;
  };
}

export function sameName(a: string, b: string): boolean {
  return normalizeName(a) === normalizeName(b);
}

/** A cell's text as typed; numbers (an account 3010, a year) as their digits; blank as "". */
export function textOf(value: unknown): string {
  if (value === null || value === undefined) return "";
  return String(value).trim();
}
