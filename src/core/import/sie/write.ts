import { encodeCp437 } from "../text";

/**
 * An SIE 4 writer for the example's export and the tests' generated files: the same labels and field rules
 * the reader takes (SIE-gruppen's specification), so the tests can compare a file's sums with what it was
 * written from. Amounts are decimal text ("-1234.50"), dates YYYYMMDD, periods YYYYMM.
 */
export interface SieTransaction {
  account: string;
  objects: readonly (readonly [dimension: number, code: string])[];
  amount: string;
  /** The transaction's own date, when it differs from its voucher's. */
  date?: string;
}

export interface SieVoucher {
  series: string;
  number: number;
  date: string;
  text: string;
  transactions: readonly SieTransaction[];
}

export interface SieBalance {
  period: string;
  account: string;
  objects: readonly (readonly [number, string])[];
  amount: string;
}

export interface SieContent {
  company: string;
  year: number;
  /** The date the file was made (#GEN), YYYYMMDD. */
  generated: string;
  dimensions: readonly { dimension: number; name: string }[];
  objects: readonly { dimension: number; code: string; name: string }[];
  accounts: readonly { account: string; name: string }[];
  balances?: readonly SieBalance[];
  budgets?: readonly SieBalance[];
  vouchers: readonly SieVoucher[];
}

function quote(text: string): string {
  // The specification escapes only the quote inside a quoted field.
  return `"${text.replace(/"/g, '\\"')}"`;
}

function objectList(objects: readonly (readonly [number, string])[]): string {
  return `{${objects.map(([dimension, code]) => `${dimension} ${quote(code)}`).join(" ")}}`;
}

function balanceLines(label: string, balances: readonly SieBalance[]): string[] {
  return balances.map((b) => `${label} 0 ${b.period} ${b.account} ${objectList(b.objects)} ${b.amount}`);
}

/** The lines of an SIE 4 file (type 4E: balances, budgets and vouchers), before encoding. */
export function sieLines(content: SieContent): string[] {
  const lines = [
    "#FLAGGA 0",
    "#FORMAT PC8",
    "#SIETYP 4",
    `#PROGRAM ${quote("oit-budget")} 1`,
    `#GEN ${content.generated}`,
    `#FNAMN ${quote(content.company)}`,
    `#RAR 0 ${content.year}0101 ${content.year}1231`,
    `#RAR -1 ${content.year - 1}0101 ${content.year - 1}1231`,
    ...content.dimensions.map((d) => `#DIM ${d.dimension} ${quote(d.name)}`),
    ...content.objects.map((o) => `#OBJEKT ${o.dimension} ${quote(o.code)} ${quote(o.name)}`),
    ...content.accounts.map((a) => `#KONTO ${a.account} ${quote(a.name)}`),
    ...balanceLines("#PSALDO", content.balances ?? []),
    ...balanceLines("#PBUDGET", content.budgets ?? []),
  ];
  for (const voucher of content.vouchers) {
    lines.push(`#VER ${quote(voucher.series)} ${quote(String(voucher.number))} ${voucher.date} ${quote(voucher.text)}`, "{");
    for (const t of voucher.transactions) {
      lines.push(`   #TRANS ${t.account} ${objectList(t.objects)} ${t.amount}${t.date ? ` ${t.date}` : ""}`);
    }
    lines.push("}");
  }
  return lines;
}

/** An SIE 4 file as its bytes: CP437 (#FORMAT PC8), lines ended by CR LF as DOS programs write them. */
export function writeSie4(content: SieContent): Uint8Array {
  return encodeCp437(sieLines(content).join("\r\n") + "\r\n");
}
