/** Excel quotes sheet names that are not a plain word in a reference ('Mitt blad'!A1), doubling inner quotes. */
export function sheetReference(sheet: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** "Underlag!D7", "'Mitt blad'!D7": a cell (or range) on a sheet, as Excel writes it. */
export function cellAddress(sheet: string, cell: string): string {
  return `${sheetReference(sheet)}!${cell}`;
}

/** The inverse of cellAddress: "'Mitt blad'!D7" → sheet "Mitt blad", cell "D7". */
export function splitAddress(address: string): { sheet: string; cell: string } {
  const bang = address.lastIndexOf("!");
  const quoted = address.slice(0, bang);
  const sheet = quoted.startsWith("'") ? quoted.slice(1, -1).replace(/''/g, "'") : quoted;
  return { sheet, cell: address.slice(bang + 1) };
}
