/**
 * Our own SIE 4 reader, written from SIE-gruppen's specification (SIE filformat, utgåva 4): no well-kept
 * JavaScript library reads it (the few npm packages are unmaintained, Node-only, and parse amounts as
 * binary floats), and the part we need — #RAR, #DIM, #OBJEKT, #KONTO, #PSALDO, #PBUDGET, #VER/#TRANS with
 * object lists and quoted fields — is small and exactly specified. Unknown labels are skipped, as the
 * specification asks of a reader; #RTRANS/#BTRANS (rows added or removed by a correction) are skipped too:
 * an added row is also written as a #TRANS, a removed one is no longer part of the voucher.
 */
import type { Dec } from "../../decimal";
import { OitError, type Where } from "../../errors";
import { ExactSum, parseTextAmount, type ReadAmount } from "../amounts";
import { decodeCodePage } from "../text";
import type { AmountColumn, CodeColumn, CodeString, ExportData, ExportRow, ImportSettings, RecognisedColumn } from "../types";
import { sieFields, type SieField } from "./fields";

const DIGITS = /^\d+$/;

type Dimensions = [column: Exclude<CodeColumn, "account">, dimension: number][];

interface Balance {
  account: string;
  period: number;
  objects: string[];
  amount: ReadAmount;
  line: number;
}

/**
 * The #TRANS of one account and object list that fall in the outcome's months, summed as they are read: a
 * 100 000-transaction file then keeps a few thousand sums instead of every transaction (which made the
 * import spend most of its time collecting garbage).
 */
interface TransactionCell {
  account: string;
  objects: string[];
  outcome: ExactSum;
  records: number;
  line: number;
}

/** A transaction's date with its line, to name the earliest and the latest when one lies outside the year. */
interface DatedLine {
  date: string;
  line: number;
}

interface SieFile {
  format?: { value: string; line: number };
  company?: string;
  years: Map<string, { start: string; end: string; line: number }>;
  dimensionNames: Map<number, string>;
  accountNames: Map<string, string>;
  balances: Balance[];
  budgets: Balance[];
  /** By account and object list as written, in the order first counted. */
  transactions: Map<string, TransactionCell>;
  earliest?: DatedLine;
  latest?: DatedLine;
  usedDimensions: Set<number>;
  records: number;
}

class SieReader {
  private voucherDate: string | undefined;
  private inVoucher = false;
  /** The dimension numbers of the object lists as written ("1", "01"), each checked once. */
  private readonly seenDimensions = new Map<string, number>();
  readonly file: SieFile = {
    years: new Map(),
    dimensionNames: new Map(),
    accountNames: new Map(),
    balances: [],
    budgets: [],
    transactions: new Map(),
    usedDimensions: new Set(),
    records: 0,
  };

  /** `throughMonth`: the transactions dated in months 1 to it make the outcome (when the file has no #PSALDO). */
  constructor(private readonly source: string, private readonly throughMonth: number) {}

  where(line: number): Where {
    return { file: this.source, line };
  }

  unreadable(line: number, text: string): OitError {
    return new OitError("sieUnreadable", { text: text.trim().slice(0, 120) }, this.where(line));
  }

  read(lines: readonly string[]): SieFile {
    lines.forEach((text, index) => this.readLine(text, index + 1));
    for (const dimension of this.seenDimensions.values()) this.file.usedDimensions.add(dimension);
    return this.file;
  }

  private readLine(text: string, line: number): void {
    const trimmed = text.trim();
    if (trimmed === "") return;
    if (trimmed === "{") return this.openVoucher(line, text);
    if (trimmed === "}") return this.closeVoucher(line, text);
    if (!trimmed.startsWith("#")) throw this.unreadable(line, text);
    const fields = sieFields(trimmed);
    const label = fields?.shift();
    if (!fields || typeof label !== "string") throw this.unreadable(line, text);
    this.record(label.toUpperCase(), fields, line, text);
  }

  private openVoucher(line: number, text: string): void {
    if (this.voucherDate === undefined || this.inVoucher) throw this.unreadable(line, text);
    this.inVoucher = true;
  }

  private closeVoucher(line: number, text: string): void {
    if (!this.inVoucher) throw this.unreadable(line, text);
    this.inVoucher = false;
    this.voucherDate = undefined;
  }

  private text(fields: SieField[], index: number, line: number, raw: string): string {
    const field = fields[index];
    if (typeof field !== "string") throw this.unreadable(line, raw);
    return field;
  }

  private objects(fields: SieField[], index: number, line: number, raw: string): string[] {
    const field = fields[index];
    if (!Array.isArray(field) || field.length % 2 !== 0) throw this.unreadable(line, raw);
    for (let i = 0; i < field.length; i += 2) if (!this.seenDimensions.has(field[i])) this.seenDimensions.set(field[i], this.dimension(field[i], line, raw));
    return field;
  }

  private dimension(text: string, line: number, raw: string): number {
    if (!DIGITS.test(text)) throw this.unreadable(line, raw);
    return Number(text);
  }

  private amount(fields: SieField[], index: number, line: number, raw: string): ReadAmount {
    const amount = parseTextAmount(this.text(fields, index, line, raw), ".");
    if (amount === undefined) throw new OitError("sieBadAmount", { value: String(fields[index]), text: raw.trim() }, this.where(line));
    return amount;
  }

  private date(text: string, line: number, raw: string): string {
    const match = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
    if (!match || Number(match[2]) < 1 || Number(match[2]) > 12 || Number(match[3]) < 1 || Number(match[3]) > 31) {
      throw new OitError("sieBadDate", { value: text, text: raw.trim() }, this.where(line));
    }
    return text;
  }

  private record(label: string, fields: SieField[], line: number, raw: string): void {
    switch (label) {
      case "#FORMAT":
        this.file.format = { value: this.text(fields, 0, line, raw), line };
        return;
      case "#FNAMN":
        this.file.company = this.text(fields, 0, line, raw);
        return;
      case "#RAR":
        this.file.years.set(this.text(fields, 0, line, raw), {
          start: this.date(this.text(fields, 1, line, raw), line, raw),
          end: this.date(this.text(fields, 2, line, raw), line, raw),
          line,
        });
        return;
      case "#DIM":
        this.file.dimensionNames.set(this.dimension(this.text(fields, 0, line, raw), line, raw), this.text(fields, 1, line, raw));
        return;
      case "#KONTO":
        this.file.accountNames.set(this.text(fields, 0, line, raw), this.text(fields, 1, line, raw));
        return;
      case "#PSALDO":
      case "#PBUDGET":
        return this.balance(label === "#PSALDO" ? this.file.balances : this.file.budgets, fields, line, raw);
      case "#VER":
        if (this.inVoucher) throw this.unreadable(line, raw);
        this.voucherDate = this.date(this.text(fields, 2, line, raw), line, raw);
        return;
      case "#TRANS":
        return this.transaction(fields, line, raw);
      default:
        return;
    }
  }

  private balance(into: Balance[], fields: SieField[], line: number, raw: string): void {
    this.file.records++;
    if (this.text(fields, 0, line, raw) !== "0") return;
    const period = this.text(fields, 1, line, raw);
    if (!/^\d{6}$/.test(period)) throw this.unreadable(line, raw);
    into.push({
      period: Number(period),
      account: this.text(fields, 2, line, raw),
      objects: this.objects(fields, 3, line, raw),
      amount: this.amount(fields, 4, line, raw),
      line,
    });
  }

  private transaction(fields: SieField[], line: number, raw: string): void {
    if (!this.inVoucher || this.voucherDate === undefined) throw this.unreadable(line, raw);
    this.file.records++;
    const ownDate = typeof fields[3] === "string" && fields[3] !== "" ? this.date(fields[3], line, raw) : undefined;
    const account = this.text(fields, 0, line, raw);
    const objects = this.objects(fields, 1, line, raw);
    const amount = this.amount(fields, 2, line, raw);
    const date = ownDate ?? this.voucherDate;
    if (!this.file.earliest || date < this.file.earliest.date) this.file.earliest = { date, line };
    if (!this.file.latest || date > this.file.latest.date) this.file.latest = { date, line };
    if (Number(date.slice(4, 6)) > this.throughMonth) return;
    const key = objects.length === 0 ? account : `${account}\u0001${objects.join("\u0001")}`;
    let cell = this.file.transactions.get(key);
    if (!cell) this.file.transactions.set(key, (cell = { account, objects, outcome: new ExactSum(), records: 0, line }));
    cell.outcome.add(amount);
    cell.records++;
  }
}

/** The financial year 0 must be the settings' year: a file of another year would be reported as this one. */
function checkYear(file: SieFile, year: number, source: string): { start: string; end: string } {
  const current = file.years.get("0");
  if (!current || current.start > `${year}0101` || current.end < `${year}1231`) {
    const found = current ? `${current.start}–${current.end}` : "–";
    throw new OitError("sieYear", { year, found }, { file: source, line: current?.line });
  }
  return current;
}

/** Every transaction within the financial year: the earliest before it, else the latest after it, is named with its line. */
function checkTransactionDates(file: SieFile, year: { start: string; end: string }, settingsYear: number, source: string): void {
  const outside = file.earliest && file.earliest.date < year.start ? file.earliest : file.latest && file.latest.date > year.end ? file.latest : undefined;
  if (outside) throw new OitError("sieOutsideYear", { value: outside.date, year: settingsYear }, { file: source, line: outside.line });
}

function checkFormat(file: SieFile, source: string): void {
  if (file.format && file.format.value.toUpperCase() !== "PC8") {
    throw new OitError("sieFormat", { value: file.format.value }, { file: source, line: file.format.line });
  }
}

/** The code string of an account and an object list: each code column from the dimension the settings give it. */
function objectCode(objects: readonly string[], dimension: number): string {
  let code = "";
  for (let i = 0; i < objects.length; i += 2) if (objects[i] === String(dimension) || Number(objects[i]) === dimension) code = objects[i + 1].trim();
  return code;
}

function codeStringOf(account: string, objects: readonly string[], dimensions: Dimensions): CodeString {
  const codes: Partial<Record<CodeColumn, string>> = { account };
  for (const [column, dimension] of dimensions) codes[column] = objectCode(objects, dimension);
  return codes as CodeString;
}

class CodeStringSums {
  private readonly rows = new Map<string, { codes: CodeString; sums: Map<AmountColumn, ExactSum>; records: number; line: number }>();

  constructor(private readonly dimensions: Dimensions) {}

  /** `amount` summed into the code string of the account and object list; `records` is how many records it sums. */
  add(column: AmountColumn, account: string, objects: readonly string[], amount: ReadAmount | ExactSum, line: number, records = 1): void {
    let key = account;
    for (const [, dimension] of this.dimensions) key += `\u0001${objectCode(objects, dimension)}`;
    let row = this.rows.get(key);
    if (!row) this.rows.set(key, (row = { codes: codeStringOf(account, objects, this.dimensions), sums: new Map(), records: 0, line }));
    row.records += records;
    let sum = row.sums.get(column);
    if (!sum) row.sums.set(column, (sum = new ExactSum()));
    sum.add(amount);
  }

  exportRows(columns: readonly AmountColumn[], accountNames: Map<string, string>, source: string): ExportRow[] {
    return [...this.rows.values()].map((row) => {
      const amounts: ExportRow["amounts"] = {};
      for (const column of columns) amounts[column] = (row.sums.get(column) ?? new ExactSum()).value();
      const exportRow: ExportRow = { codes: row.codes, amounts, records: row.records, where: { file: source, line: row.line } };
      const name = accountNames.get(row.codes.account);
      if (name) exportRow.accountText = name;
      return exportRow;
    });
  }
}


function sumOf(balances: readonly Balance[]): Dec {
  const sum = new ExactSum();
  for (const balance of balances) sum.add(balance.amount);
  return sum.value();
}

function differ(account: string, period: number, total: readonly Balance[], objects: readonly Balance[], source: string): OitError {
  return new OitError(
    "sieObjectsDiffer",
    { account, period, objects: sumOf(objects).toFixed(), total: sumOf(total).toFixed(), otherLine: total[0].line },
    { file: source, line: objects[0].line }
  );
}

/**
 * The balances of one account and period to take (workbook.md): the rows per object when there are any, else
 * the total row (`{}`). Rows per object come two ways: as parts of one breakdown (`{1 "1700"}`,
 * `{1 "1710" 6 "P1"}`: together they are the total), or as one breakdown per dimension, each summing to the
 * total (`{1 …}` rows and `{6 …}` rows): then the breakdown with the most of the dimensions taken is used,
 * as adding them up would count the money twice. Rows that are neither contradict the total: an error.
 */
function balancesOfCell(rows: readonly Balance[], wanted: ReadonlySet<number>, source: string): Balance[] {
  const total = rows.filter((row) => row.objects.length === 0);
  const byDimensions = new Map<string, Balance[]>();
  for (const row of rows) {
    if (row.objects.length === 0) continue;
    const dimensions = row.objects.filter((_, i) => i % 2 === 0).map(Number).sort((a, b) => a - b).join(" ");
    byDimensions.set(dimensions, [...(byDimensions.get(dimensions) ?? []), row]);
  }
  const breakdowns = [...byDimensions.entries()];
  if (breakdowns.length === 0) return total;
  const parts = rows.filter((row) => row.objects.length > 0);
  const target = total.length > 0 ? sumOf(total) : sumOf(breakdowns[0][1]);
  const alternatives = breakdowns.length > 1 && breakdowns.every(([, group]) => sumOf(group).equals(target));
  if (alternatives) {
    const score = (dimensions: string) => dimensions.split(" ").filter((d) => wanted.has(Number(d))).length;
    return breakdowns.reduce((best, entry) => (score(entry[0]) > score(best[0]) ? entry : best))[1];
  }
  if (total.length > 0 && !sumOf(parts).equals(target)) throw differ(rows[0].account, rows[0].period, total, parts, source);
  return parts;
}

function resolvedBalances(balances: readonly Balance[], dimensions: Dimensions, source: string): Balance[] {
  const cells = new Map<string, Balance[]>();
  for (const balance of balances) {
    const cell = `${balance.account}\u0001${balance.period}`;
    const rows = cells.get(cell);
    if (rows) rows.push(balance);
    else cells.set(cell, [balance]);
  }
  const wanted = new Set(dimensions.map(([, dimension]) => dimension));
  return [...cells.values()].flatMap((rows) => balancesOfCell(rows, wanted, source));
}

function monthOfPeriod(period: number, year: number, balance: Balance, source: string): number {
  const month = period % 100;
  if (Math.floor(period / 100) !== year || month < 1 || month > 12) {
    throw new OitError("sieOutsideYear", { value: String(period), year }, { file: source, line: balance.line });
  }
  return month;
}

function configuredDimensions(settings: ImportSettings, file: SieFile): Dimensions {
  return (Object.entries(settings.sieDimensions) as [Exclude<CodeColumn, "account">, number | null][]).filter(
    (entry): entry is [Exclude<CodeColumn, "account">, number] =>
      entry[1] !== null && (file.dimensionNames.has(entry[1]) || file.usedDimensions.has(entry[1]))
  );
}

function recognisedColumns(file: SieFile, dimensions: Dimensions, amountColumns: readonly AmountColumn[], outcomeFrom: string): RecognisedColumn[] {
  const columns: RecognisedColumn[] = [{ meaning: "account", header: "#KONTO" }];
  if (file.accountNames.size > 0) columns.push({ meaning: "accountText", header: "#KONTO" });
  for (const [column, dimension] of dimensions) {
    columns.push({ meaning: column, header: file.dimensionNames.get(dimension) ?? `#DIM ${dimension}`, dimension });
  }
  for (const column of amountColumns) columns.push({ meaning: column, header: column === "outcome" ? outcomeFrom : "#PBUDGET" });
  return columns;
}

/**
 * An SIE 4 file (CP437) as an export (workbook.md): Utfall through the settings' month from the year's
 * #PSALDO when the file has them, else from its #TRANS; Budget and Årsbudget from #PBUDGET; code columns
 * from the dimensions the settings name. Signs as SIE writes them (debit +, credit −), the ledger's.
 */
export function readSieExport(bytes: Uint8Array, source: string, settings: ImportSettings): ExportData {
  const text = decodeCodePage(bytes, "cp437");
  if (text.trim() === "") throw new OitError("exportEmpty", { source }, { file: source });
  const month = settings.throughMonth;
  const file = new SieReader(source, month).read(text.split(/\r\n|\n|\r/));
  checkFormat(file, source);
  const year = checkYear(file, settings.year, source);
  checkTransactionDates(file, year, settings.year, source);
  const dimensions = configuredDimensions(settings, file);
  const sums = new CodeStringSums(dimensions);
  const fromBalances = file.balances.length > 0;
  if (!fromBalances) for (const cell of file.transactions.values()) sums.add("outcome", cell.account, cell.objects, cell.outcome, cell.line, cell.records);
  for (const balance of resolvedBalances(file.balances, dimensions, source)) {
    if (monthOfPeriod(balance.period, settings.year, balance, source) <= month) sums.add("outcome", balance.account, balance.objects, balance.amount, balance.line);
  }
  for (const budget of resolvedBalances(file.budgets, dimensions, source)) {
    sums.add("annualBudget", budget.account, budget.objects, budget.amount, budget.line);
    if (monthOfPeriod(budget.period, settings.year, budget, source) <= month) sums.add("budget", budget.account, budget.objects, budget.amount, budget.line);
  }
  const amountColumns: AmountColumn[] = file.budgets.length > 0 ? ["budget", "outcome", "annualBudget"] : ["outcome"];
  if (file.records === 0) throw new OitError("exportEmpty", { source }, { file: source });
  const outcomeFrom = fromBalances ? "#PSALDO" : "#TRANS";
  return {
    recognition: {
      format: "sie4",
      source,
      encoding: "cp437",
      year: settings.year,
      throughMonth: month,
      company: file.company,
      outcomeFrom: fromBalances ? "psaldo" : "trans",
      columns: recognisedColumns(file, dimensions, amountColumns, outcomeFrom),
      records: file.records,
    },
    codeColumns: ["account", ...dimensions.map(([column]) => column)],
    amountColumns,
    rows: sums.exportRows(amountColumns, file.accountNames, source),
  };
}
