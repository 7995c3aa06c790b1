import Papa from "papaparse";
import iconv from "iconv-lite";
import { importLedger, readCsvExport, readMapping, readSieExport, writeSie4, type SieVoucher } from "../src/core/import";
import { sieFields } from "../src/core/import/sie/fields";
import { decodeCodePage, decodeExportText } from "../src/core/import/text";
import type { TableData } from "../src/core/workbook/types";
import { MAP } from "../src/functions/functions";
import { measure, report } from "./measure";
import { sequence } from "./sequence";

const ROWS = 100_000;
const RULES = 500;
const parties = ["Borgholm", "Mörbylånga"];
const settings = { year: 2027, throughMonth: 8, sieDimensions: { responsibility: 1, activity: null, project: 6, counterparty: null } };

/** 400 accounts of every Kommun-Bas class and 40 responsibilities: about 16 000 distinct code strings. */
function codeStrings(next: () => number): { account: string; responsibility: string }[] {
  return Array.from({ length: ROWS }, () => ({ account: String(1000 + (next() % 400) * 20), responsibility: String(1700 + (next() % 40)) }));
}

function ore(next: () => number): string {
  const value = (next() % 20_000_000) - 10_000_000;
  return `${value < 0 ? "-" : ""}${Math.floor(Math.abs(value) / 100)},${String(Math.abs(value) % 100).padStart(2, "0")}`;
}

/** 500 rules as an economist writes them: exact accounts on a responsibility, prefixes, ranges, lists; a catch-all last. */
function mappingTable(next: () => number): TableData {
  const rows: unknown[][] = [["1000-2999", "", "", "Exkluderas"]];
  for (let i = 1; i < RULES - 1; i++) {
    const account = 3000 + (next() % 300) * 20;
    const kind = i % 4;
    const pattern = kind === 0 ? String(account) : kind === 1 ? `${String(account).slice(0, 3)}*` : kind === 2 ? `${account}-${account + 60}` : `${account}, ${account + 20}; ${account + 40}`;
    rows.push([pattern, i % 3 === 0 ? String(1700 + (next() % 40)) : "", `Rad ${i % 40}`, parties[i % 2]]);
  }
  rows.push(["*", "", "Övrigt", "Gemensam"]);
  return { name: "Mappning", sheet: "Mappning", headers: ["Konto", "Ansvar", "Rad", "Fördelning"], rows };
}

function csvBytes(): Uint8Array {
  const next = sequence(8);
  const lines = ["Huvudbok 2027", "Konto;Ansvar;Kontotext;Utfall ack;Budget helår"];
  for (const codes of codeStrings(next)) lines.push(`${codes.account};${codes.responsibility};Kontotext åäö;${ore(next)};${ore(next)}`);
  return new Uint8Array(iconv.encode(lines.join("\r\n"), "windows1252"));
}

function sieBytes(): Uint8Array {
  const next = sequence(9);
  const all = codeStrings(next);
  const vouchers: SieVoucher[] = [];
  for (let i = 0; i < all.length; i += 4) {
    const month = 1 + (next() % 12);
    vouchers.push({
      series: "A",
      number: vouchers.length + 1,
      date: `2027${String(month).padStart(2, "0")}15`,
      text: "Verifikat",
      transactions: all.slice(i, i + 4).map((codes) => ({ account: codes.account, objects: [[1, codes.responsibility]], amount: ore(next).replace(",", ".") })),
    });
  }
  // A year's budget per code string (SIE files from a financial system carry #PBUDGET beside the vouchers).
  const distinct = new Map(all.map((codes) => [`${codes.account} ${codes.responsibility}`, codes]));
  const budgets = [...distinct.values()].map((codes) => ({ period: "202701", account: codes.account, objects: [[1, codes.responsibility]] as [number, string][], amount: ore(next).replace(",", ".") }));
  return writeSie4({ company: "Bench", year: 2027, generated: "20270901", dimensions: [{ dimension: 1, name: "Ansvar" }], objects: [], accounts: [], budgets, vouchers });
}

/**
 * Issue 8's goals: a 100 000-row CSV and a 100 000-transaction SIE file imported with 500 rules in under
 * 1 s each and under 3× the bare parse of the same bytes (decoding and splitting into fields, nothing more);
 * =OIT.MAPPA over 100 000 code strings in under 200 ms.
 */
export function importBench(): string[] {
  const mapping = readMapping(mappingTable(sequence(7)), parties);
  const csv = csvBytes();
  const sie = sieBytes();
  const bareCsv = measure("CSV bare parse (decode + papaparse)", () => Papa.parse(decodeExportText(csv).text, { delimiter: ";" }), { runs: 5 });
  const importCsv = measure(`CSV import (${ROWS} rows, ${RULES} rules)`, () => importLedger(readCsvExport(csv, "bench.csv", settings), mapping, parties), { runs: 5 });
  const bareSie = measure("SIE bare parse (decode CP437 + fields of every line)", () => decodeCodePage(sie, "cp437").split("\r\n").forEach((line) => sieFields(line)), { runs: 5 });
  const importSie = measure(`SIE import (${ROWS} #TRANS and a #PBUDGET per code string, ${RULES} rules)`, () => importLedger(readSieExport(sie, "bench.se", settings), mapping, parties), { runs: 5 });
  const table = mappingTable(sequence(7));
  const rules = [table.headers, ...table.rows];
  const next = sequence(10);
  const codes = codeStrings(next);
  const accounts = codes.map((c) => [Number(c.account)]);
  const responsibilities = codes.map((c) => [c.responsibility]);
  const map = measure(`=OIT.MAPPA over ${ROWS} code strings (${RULES} rules)`, () => MAP(rules, accounts, responsibilities), { runs: 5 });
  // A sheet of single-cell formulas: Excel hands each call its own copy of Mappning[#Alla].
  const copies = [rules, rules.map((row) => [...row])];
  const single = measure(`=OIT.MAPPA in ${ROWS} cells, one code string per call (${RULES} rules)`, () => {
    for (let i = 0; i < ROWS; i++) MAP(copies[i % 2], [accounts[i]], [responsibilities[i]]);
  }, { runs: 5 });
  return [report(bareCsv), report(importCsv, bareCsv), report(bareSie), report(importSie, bareSie), report(map), report(single)];
}
