import { HISTORY_TABLE, SEALS_TABLE } from "../core/plan";
import { CAUSES_TABLE, KEYS_TABLE, LEDGER_TABLE, PROFILES_TABLE, SETTINGS_HEADERS, SETTINGS_TABLE, keyColumns, normalizeName } from "../core/workbook";

/** "Utfall jan-aug" carries "utfall"; "Årsbudget" does not carry "budget". */
function carries(header: string, word: string): boolean {
  return header === word || header.startsWith(`${word} `);
}

/**
 * The contract tables a plain sheet region may stand for, recognised by the headers that
 * only that table has (the core then checks the full column list and names what is missing).
 */
const contractSignatures: { name: string; words: string[] }[] = [
  // Before the ledger: the history has Rad and Fördelning too.
  { name: HISTORY_TABLE, words: ["version", "låst", "rad"] },
  { name: SEALS_TABLE, words: ["version", "kontrollsumma"] },
  { name: LEDGER_TABLE, words: ["rad", "fördelning"] },
  { name: KEYS_TABLE, words: [keyColumns.year.name, keyColumns.party.name].map(normalizeName) },
  { name: SETTINGS_TABLE, words: SETTINGS_HEADERS.map(normalizeName) },
  { name: PROFILES_TABLE, words: ["rad", "jan", "dec"] },
  { name: CAUSES_TABLE, words: ["orsak", "belopp"] },
];

/** The contract table whose headers these are, or null. */
export function contractTableOf(headers: unknown[]): string | null {
  const normalised = headers.map((header) => normalizeName(String(header ?? "")));
  const found = contractSignatures.find(({ words }) =>
    words.every((word) => normalised.some((header) => carries(header, word)))
  );
  return found ? found.name : null;
}
