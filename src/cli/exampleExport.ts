import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { Dec } from "../core/decimal";
import { writeSie4, type SieBalance, type SieVoucher } from "../core/import";
/** A row of the example's Underlag: Konto, Rad, Fördelning, Utfall, Årsbudget, Årsprognos. */
export type LedgerRow = [konto: number, rad: string, fördelning: string, utfall: number, årsbudget: number, årsprognos: number];

/**
 * The example's export from the financial system (synthetic, like the workbook): the ledger of
 * examples/budget-2027.xlsx as code strings (Konto, Ansvar, Verksamhet, Motpart), the shared lines split over
 * two responsibilities, plus balance-sheet rows and an internal transfer that Mappning leaves out. Written as
 * the three kinds of workbook.md: a Raindance-style CSV (Windows-1252, `;`, decimal comma, title lines),
 * an SIE 4 file (#PSALDO and #TRANS through August, #PBUDGET for the year) and an .xlsx sheet.
 * Mapped by the example's Mappning, it gives the report of the example's own Underlag.
 */
export interface ExportLine {
  account: string;
  text: string;
  responsibility: string;
  activity: string;
  counterparty: string;
  outcome: Dec;
  annualBudget: Dec;
}

const accountTexts: Record<string, string> = {
  "1510": "Kundfordringar",
  "1930": "Bank",
  "2440": "Leverantörsskulder",
  "3451": "Intäkter kommunala bolag, drift",
  "3452": "Intäkter kommunala bolag, support",
  "3453": "Intäkter kommunala bolag, licenser",
  "3610": "Ersättning från Borgholms kommun",
  "3611": "Ersättning från Mörbylånga kommun",
  "3990": "Interna intäkter",
  "5010": "Månadslöner",
  "5020": "Arvoden förtroendevalda",
  "5410": "Sociala avgifter",
  "5420": "Sociala avgifter arvoden",
  "5510": "Pensionskostnader",
  "5810": "Övriga personalkostnader",
  "5611": "Leasing bilar",
  "5612": "Drivmedel",
  "6110": "Lokalhyra",
  "6130": "El och värme",
  "6150": "Städning",
  "6420": "Mobiltelefoni",
  "6421": "Fast telefoni",
  "6422": "Datakommunikation",
  "6540": "Licenser Microsoft",
  "6541": "Licenser övriga",
  "6542": "Ekonomisystem",
  "6543": "Ärendehantering",
  "6544": "Lärplattform",
  "6545": "Växelsystem",
  "6547": "Elevkonton",
  "6548": "Licenser säkerhet",
  "6550": "Konsulttjänster drift",
  "6551": "Konsulttjänster projekt",
  "6552": "Nätverk skolor",
  "7990": "Interna kostnader",
};

const ore = (value: Dec) => value.toDecimalPlaces(2, Dec.ROUND_HALF_UP);

/** Which responsibility books a ledger row: the board's fees per municipality, the school platform, else the two IT units. */
function responsibilitiesOf([konto, rad, fördelning]: LedgerRow): [string, Dec][] {
  if (rad === "Nämndsarvoden") return [[fördelning === "Borgholm" ? "1790" : "1791", new Dec(1)]];
  // Mörbylånga's own school lines are booked on the school's IT unit.
  if (fördelning === "Mörbylånga") return [["1720", new Dec(1)]];
  if (konto === 3610 || konto === 3611) return [["1700", new Dec(1)]];
  return [["1700", new Dec(2).div(3)], ["1710", new Dec(1).div(3)]];
}

function linesOf(row: LedgerRow): ExportLine[] {
  const [konto, , , utfall, årsbudget] = row;
  const parts = responsibilitiesOf(row);
  let outcomeLeft = new Dec(utfall);
  let budgetLeft = new Dec(årsbudget);
  return parts.map(([responsibility, share], i) => {
    const last = i === parts.length - 1;
    const outcome = last ? outcomeLeft : ore(new Dec(utfall).times(share));
    const annualBudget = last ? budgetLeft : ore(new Dec(årsbudget).times(share));
    outcomeLeft = outcomeLeft.minus(outcome);
    budgetLeft = budgetLeft.minus(annualBudget);
    return { account: String(konto), text: accountTexts[String(konto)], responsibility, activity: "120", counterparty: "", outcome, annualBudget };
  });
}

/** What the mapping leaves out: balance-sheet movements and an internal transfer between the IT units. */
const leftOut: ExportLine[] = [
  { account: "1510", text: accountTexts["1510"], responsibility: "1700", activity: "", counterparty: "", outcome: new Dec("-412300.00"), annualBudget: new Dec(0) },
  { account: "1930", text: accountTexts["1930"], responsibility: "1700", activity: "", counterparty: "", outcome: new Dec("1834511.27"), annualBudget: new Dec(0) },
  { account: "2440", text: accountTexts["2440"], responsibility: "1700", activity: "", counterparty: "", outcome: new Dec("-926004.85"), annualBudget: new Dec(0) },
  { account: "3990", text: accountTexts["3990"], responsibility: "1710", activity: "120", counterparty: "INT", outcome: new Dec("-48000.00"), annualBudget: new Dec("-72000") },
  { account: "7990", text: accountTexts["7990"], responsibility: "1700", activity: "120", counterparty: "INT", outcome: new Dec("48000.00"), annualBudget: new Dec("72000") },
];

export function exportLines(ledger: readonly LedgerRow[]): ExportLine[] {
  return [...ledger.flatMap(linesOf), ...leftOut];
}

/** The example's Mappning: the economist's rules, in order (the first that matches decides). */
export const exampleMapping: (string | number)[][] = [
  ["1000-2999", "", "", "", "Exkluderas"],
  ["*", "", "INT", "", "Exkluderas"],
  ["3451-3453", "1700, 1710", "", "Intäkter från kommunala bolag", "Gemensam"],
  ["3610", "", "", "Intäkter från Borgholms kommun", "Borgholm"],
  ["3611", "", "", "Intäkter från Mörbylånga kommun", "Borgholm"],
  ["5020; 5420", "1790", "", "Nämndsarvoden", "Borgholm"],
  ["5020; 5420", "1791", "", "Nämndsarvoden", "Mörbylånga"],
  ["5611-5612", "", "", "Bilar", "Gemensam"],
  ["5*", "1700, 1710", "", "Personalkostnader", "Gemensam"],
  ["6110-6199", "", "", "Lokalkostnader", "Gemensam"],
  ["642*", "", "", "Telefoni", "Gemensam"],
  ["6544, 6547", "1720", "", "Lärplattform skola", "Mörbylånga"],
  ["6552", "1720", "", "Nätverk skolor Mörbylånga", "Mörbylånga"],
  ["6542, 6543, 6545", "", "", "Gemensamma system", "Gemensam"],
  ["654*", "", "", "Licenser", "Gemensam"],
  ["655*", "", "", "Konsulttjänster", "Gemensam"],
];
export const MAPPING_COLUMNS = ["Konto", "Ansvar", "Motpart", "Rad", "Fördelning"];

/** The economist's forecasts per line (Prognos): those of the example's Underlag, summed per line. */
export function exampleForecasts(ledger: readonly LedgerRow[]): [string, string, number, string][] {
  const lines = new Map<string, [string, string, Dec]>();
  for (const [, rad, fördelning, , , årsprognos] of ledger) {
    const key = `${rad}|${fördelning}`;
    const entry = lines.get(key) ?? [rad, fördelning, new Dec(0)];
    entry[2] = entry[2].plus(årsprognos);
    lines.set(key, entry);
  }
  return [...lines.values()].map(([rad, fördelning, sum]) => [rad, fördelning, sum.toNumber(), ""]);
}

const CSV_HEADERS = ["Konto", "Kontotext", "Ansvar", "Verksamhet", "Motpart", "Utfall ack", "Budget helår"];

/** "-702 345,60" with a no-break space between thousands, as Raindance writes amounts. */
function swedishAmount(value: Dec): string {
  const [whole, fraction] = value.abs().toFixed(2).split(".");
  return `${value.isNegative() ? "-" : ""}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0")},${fraction}`;
}

function exportRows(ledger: readonly LedgerRow[]): string[][] {
  return exportLines(ledger).map((line) => [line.account, line.text, line.responsibility, line.activity, line.counterparty, swedishAmount(line.outcome), swedishAmount(line.annualBudget)]);
}

export function exampleCsv(ledger: readonly LedgerRow[]): Uint8Array {
  const lines = ["Huvudbok Ölands IT-nämnd;;;;;;", "Period 2027-01 -- 2027-08, belopp i kronor;;;;;;", ";;;;;;", CSV_HEADERS.join(";"), ...exportRows(ledger).map((row) => row.join(";"))];
  return new Uint8Array(iconv.encode(lines.join("\r\n") + "\r\n", "windows1252"));
}

/** The same export as an .xlsx sheet with a title row, numbers as numbers. */
export async function exampleExportWorkbook(ledger: readonly LedgerRow[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = workbook.modified = new Date(Date.UTC(2027, 8, 1));
  const sheet = workbook.addWorksheet("Huvudbok");
  sheet.addRow(["Huvudbok Ölands IT-nämnd jan–aug 2027"]);
  sheet.addRow([]);
  sheet.addRow(CSV_HEADERS);
  for (const line of exportLines(ledger)) sheet.addRow([Number(line.account), line.text, line.responsibility, line.activity, line.counterparty, line.outcome.toNumber(), line.annualBudget.toNumber()]);
  [6, 7].forEach((column) => (sheet.getColumn(column).numFmt = "#,##0.00;-#,##0.00"));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** An amount split over months, in öre, the rest in the last month so the months sum exactly to it. */
function monthly(amount: Dec, months: number): Dec[] {
  const each = amount.div(months).toDecimalPlaces(2, Dec.ROUND_DOWN);
  return Array.from({ length: months }, (_, i) => (i === months - 1 ? amount.minus(each.times(months - 1)) : each));
}

function objectsOf(line: ExportLine): [number, string][] {
  return line.counterparty ? [[1, line.responsibility], [20, line.counterparty]] : [[1, line.responsibility]];
}

/** The same export as SIE 4: vouchers per month through August, period balances per object, budgets per month. */
export function exampleSie(ledger: readonly LedgerRow[]): Uint8Array {
  const lines = exportLines(ledger);
  const vouchers: SieVoucher[] = [];
  const balances: SieBalance[] = [];
  const budgets: SieBalance[] = [];
  for (let month = 1; month <= 8; month++) {
    const period = `2027${String(month).padStart(2, "0")}`;
    vouchers.push({
      series: "A",
      number: month,
      date: `${period}25`,
      text: `Månadens bokföring ${period}`,
      transactions: lines.map((line) => ({ account: line.account, objects: objectsOf(line), amount: monthly(line.outcome, 8)[month - 1].toFixed(2) })),
    });
  }
  lines.forEach((line) => {
    monthly(line.outcome, 8).forEach((amount, i) => balances.push({ period: `2027${String(i + 1).padStart(2, "0")}`, account: line.account, objects: objectsOf(line), amount: amount.toFixed(2) }));
    monthly(line.annualBudget, 12).forEach((amount, i) => budgets.push({ period: `2027${String(i + 1).padStart(2, "0")}`, account: line.account, objects: objectsOf(line), amount: amount.toFixed(2) }));
  });
  return writeSie4({
    company: "Ölands IT-nämnd",
    year: 2027,
    generated: "20270901",
    dimensions: [{ dimension: 1, name: "Ansvar" }, { dimension: 20, name: "Motpart" }],
    objects: [
      { dimension: 1, code: "1700", name: "IT gemensam" },
      { dimension: 1, code: "1710", name: "IT-lager" },
      { dimension: 1, code: "1720", name: "Skolans IT, Mörbylånga" },
      { dimension: 1, code: "1790", name: "IT-nämnd, Borgholm" },
      { dimension: 1, code: "1791", name: "IT-nämnd, Mörbylånga" },
      { dimension: 20, code: "INT", name: "Intern motpart" },
    ],
    accounts: Object.entries(accountTexts).map(([account, name]) => ({ account, name })),
    balances,
    budgets,
    vouchers,
  });
}
