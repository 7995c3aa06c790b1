import fc from "fast-check";
import iconv from "iconv-lite";
import { Dec } from "../../../src/core/decimal";
import type { CodeString, ImportSettings, SieContent, SieVoucher } from "../../../src/core/import";

export const settings2027 = (throughMonth = 8): ImportSettings => ({
  year: 2027,
  throughMonth,
  sieDimensions: { responsibility: 1, activity: null, project: 6, counterparty: null },
});

/** Accounts from every Kommun-Bas class, so ranges and prefixes find something. */
export const ACCOUNTS = ["1510", "1930", "2440", "3010", "3451", "3452", "3453", "3610", "4010", "5010", "5020", "5410", "6110", "6540", "6541", "7990", "8410"];
export const RESPONSIBILITIES = ["1700", "1710", "1790", "1791", "Lager"];
export const PROJECTS = ["P1", "P22", "9000"];

/** A generated export row: its codes (Ansvar/Projekt may be blank) and amounts in öre. */
export interface GeneratedRow {
  codes: { account: string; responsibility: string; project: string };
  text: string;
  outcome: number;
  annualBudget: number;
}

const oreArb = fc.integer({ min: -5e11, max: 5e11 });
const textArb = fc.constantFrom("Löner", "Lokalhyra åäö", "Licenser ÅÄÖ", "Bank", "Intäkt från bolag", "Räntor");

export const rowArb: fc.Arbitrary<GeneratedRow> = fc.record({
  codes: fc.record({
    account: fc.constantFrom(...ACCOUNTS),
    responsibility: fc.constantFrom("", ...RESPONSIBILITIES),
    project: fc.constantFrom("", ...PROJECTS),
  }),
  text: textArb,
  outcome: oreArb,
  annualBudget: oreArb,
});

export const rowsArb = fc.array(rowArb, { minLength: 1, maxLength: 40 });

export function kronor(ore: number | bigint): Dec {
  return new Dec(String(ore)).div(100);
}

/** The exact total of öre amounts, as the reference for the reconciliation. */
export function totalOf(ores: readonly number[]): Dec {
  return kronor(ores.reduce((sum, ore) => sum + BigInt(ore), 0n));
}

export function keyOf(codes: { account: string; responsibility?: string; project?: string }): string {
  return `${codes.account}|${codes.responsibility ?? ""}|${codes.project ?? ""}`;
}

/** "-702 345,60" with a (no-break) space between thousands, or "-702345.60". */
export function writtenAmount(ore: number, decimal: "," | ".", group: string): string {
  const sign = ore < 0 ? "-" : "";
  const abs = Math.abs(ore);
  const whole = String(Math.floor(abs / 100));
  const cents = String(abs % 100).padStart(2, "0");
  if (decimal === ".") return `${sign}${whole}.${cents}`;
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${sign}${grouped},${cents}`;
}

export type CsvEncoding = "utf-8" | "utf-8-bom" | "windows-1252";

/** A CSV as a financial system writes it: title lines, a header, one line per row, in a convention and encoding. */
export function writeCsv(rows: readonly GeneratedRow[], convention: "sv" | "en", encoding: CsvEncoding, group = " "): Uint8Array {
  const delimiter = convention === "sv" ? ";" : ",";
  const decimal = convention === "sv" ? "," : ".";
  const quote = (text: string) => (text.includes(delimiter) || text.includes(" ") ? `"${text}"` : text);
  const lines = [
    "Huvudbok Ölands IT-nämnd",
    "Period 2027-01 – 2027-08",
    "",
    ["Konto", "Ansvar", "Projekt", "Kontotext", "Utfall ack", "Budget helår"].join(delimiter),
    ...rows.map((row) =>
      [row.codes.account, row.codes.responsibility, row.codes.project, quote(row.text), quote(writtenAmount(row.outcome, decimal, group)), quote(writtenAmount(row.annualBudget, decimal, group))].join(delimiter)
    ),
  ];
  const text = lines.join("\r\n") + "\r\n";
  if (encoding === "windows-1252") return new Uint8Array(iconv.encode(text, "windows1252"));
  const bytes = new TextEncoder().encode(text);
  return encoding === "utf-8" ? bytes : new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
}

/** Per code string, the generated rows' totals (zero totals left out, as an export row that sums to 0 says nothing). */
export function expectedSums(rows: readonly GeneratedRow[], amount: (row: GeneratedRow) => number): Map<string, string> {
  const sums = new Map<string, bigint>();
  for (const row of rows) sums.set(keyOf(row.codes), (sums.get(keyOf(row.codes)) ?? 0n) + BigInt(amount(row)));
  return new Map([...sums].filter(([, ore]) => ore !== 0n).map(([key, ore]) => [key, kronor(ore).toFixed()]));
}

export function actualSums(rows: readonly { codes: CodeString; amounts: Partial<Record<string, Dec>> }[], column: string): Map<string, string> {
  return new Map(
    rows.filter((row) => !(row.amounts[column] as Dec).isZero()).map((row) => [keyOf(row.codes), (row.amounts[column] as Dec).toFixed()])
  );
}

/** A generated transaction of 2027: a code string, an amount in öre, a day of the year. */
export interface GeneratedTransaction {
  codes: { account: string; responsibility: string; project: string };
  ore: number;
  month: number;
  day: number;
  /** Booked on its own date, in a voucher of another month. */
  ownDate: boolean;
}

export const transactionArb: fc.Arbitrary<GeneratedTransaction> = fc.record({
  codes: fc.record({
    account: fc.constantFrom(...ACCOUNTS),
    responsibility: fc.constantFrom("", ...RESPONSIBILITIES),
    project: fc.constantFrom("", ...PROJECTS),
  }),
  ore: oreArb,
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: 28 }),
  ownDate: fc.boolean(),
});

function date(month: number, day: number): string {
  return `2027${String(month).padStart(2, "0")}${String(day).padStart(2, "0")}`;
}

function objectsOf(codes: GeneratedTransaction["codes"]): [number, string][] {
  const objects: [number, string][] = [];
  if (codes.responsibility) objects.push([1, codes.responsibility]);
  if (codes.project) objects.push([6, codes.project]);
  return objects;
}

function amountText(ore: number | bigint): string {
  return kronor(ore).toFixed(2);
}

/** Vouchers of up to three transactions each; a transaction with its own date sits in a January voucher. */
export function vouchersOf(transactions: readonly GeneratedTransaction[]): SieVoucher[] {
  const vouchers: SieVoucher[] = [];
  for (let i = 0; i < transactions.length; i += 3) {
    const group = transactions.slice(i, i + 3);
    const first = group[0];
    vouchers.push({
      series: "A",
      number: vouchers.length + 1,
      date: first.ownDate ? date(1, 1) : date(first.month, first.day),
      text: `Verifikat "${vouchers.length + 1}" åäö`,
      transactions: group.map((t, j) => ({
        account: t.codes.account,
        objects: objectsOf(t.codes),
        amount: amountText(t.ore),
        date: j === 0 && !first.ownDate ? undefined : date(t.month, t.day),
      })),
    });
  }
  return vouchers;
}

/**
 * The period balances of the transactions, per object list and as the account's total row, as SIE 4E writes
 * them. Every transaction must carry an object (a responsibility), so the rows per object cover the total.
 */
export function balancesOf(transactions: readonly GeneratedTransaction[]): NonNullable<SieContent["balances"]> {
  const rows = new Map<string, { period: string; account: string; objects: [number, string][]; ore: bigint }>();
  const add = (period: string, account: string, objects: [number, string][], ore: number) => {
    const key = `${period}|${account}|${JSON.stringify(objects)}`;
    const row = rows.get(key) ?? { period, account, objects, ore: 0n };
    row.ore += BigInt(ore);
    rows.set(key, row);
  };
  for (const t of transactions) {
    if (!t.codes.responsibility) throw new Error("balancesOf needs a responsibility on every transaction");
    const period = `2027${String(t.month).padStart(2, "0")}`;
    add(period, t.codes.account, [], t.ore);
    add(period, t.codes.account, objectsOf(t.codes), t.ore);
  }
  return [...rows.values()].map((row) => ({ period: row.period, account: row.account, objects: row.objects, amount: amountText(row.ore) }));
}

export function sieContent(transactions: readonly GeneratedTransaction[], withBalances: boolean): SieContent {
  return {
    company: "Ölands IT-nämnd",
    year: 2027,
    generated: "20270901",
    dimensions: [
      { dimension: 1, name: "Ansvar" },
      { dimension: 6, name: "Projekt" },
    ],
    objects: RESPONSIBILITIES.map((code) => ({ dimension: 1, code, name: `Ansvar ${code}` })),
    accounts: ACCOUNTS.map((account) => ({ account, name: `Konto ${account} – Kontoplan åäö` })),
    balances: withBalances ? balancesOf(transactions) : undefined,
    vouchers: vouchersOf(transactions),
  };
}
