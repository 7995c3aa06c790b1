import fc from "fast-check";
import { readSieExport, writeSie4, type SieContent } from "../../../src/core/import";
import { encodeCp437 } from "../../../src/core/import/text";
import { actualSums, keyOf, kronor, settings2027, sieContent, transactionArb, type GeneratedTransaction } from "./generators";

/** The reference: per code string, the transactions of months 1…m summed (zero sums left out). */
function expected(transactions: readonly GeneratedTransaction[], month: number): Map<string, string> {
  const sums = new Map<string, bigint>();
  for (const t of transactions) if (t.month <= month) sums.set(keyOf(t.codes), (sums.get(keyOf(t.codes)) ?? 0n) + BigInt(t.ore));
  return new Map([...sums].filter(([, ore]) => ore !== 0n).map(([key, ore]) => [key, kronor(ore).toFixed()]));
}

function read(content: SieContent | Uint8Array, month: number) {
  const bytes = content instanceof Uint8Array ? content : writeSie4(content);
  return readSieExport(bytes, "huvudbok.se", settings2027(month));
}

describe("SIE 4 written from generated transactions reads back to the same sums", () => {
  // With balances, every transaction carries an object, so the rows per object cover the account's total row.
  it.each([
    ["#TRANS", false, transactionArb, "trans"],
    ["#PSALDO (rows per object and the account's total row)", true, transactionArb.filter((t) => t.codes.responsibility !== ""), "psaldo"],
  ] as const)("per code string, for every through-month, from %s", (_label, withBalances, transaction, outcomeFrom) => {
    fc.assert(
      fc.property(fc.array(transaction, { minLength: 1, maxLength: 15 }), (transactions) => {
        const bytes = writeSie4(sieContent(transactions, withBalances));
        for (let month = 1; month <= 12; month++) {
          const data = read(bytes, month);
          expect(data.recognition.outcomeFrom).toBe(outcomeFrom);
          expect(actualSums(data.rows, "outcome")).toEqual(expected(transactions, month));
        }
      }),
      { numRuns: 2000 }
    );
  });
});

describe("the SIE 4 reader", () => {
  const lines = (...body: string[]) =>
    encodeCp437(['#FLAGGA 0', '#FORMAT PC8', '#SIETYP 4', '#FNAMN "Ölands IT-nämnd"', "#RAR 0 20270101 20271231", '#DIM 1 "Ansvar"', '#DIM 6 "Projekt"', '#KONTO 5010 "Löner åäö"', ...body].join("\r\n"));

  it("reads CP437, names the company, the dimensions and the account text, and counts the records", () => {
    const data = read(lines("#PBUDGET 0 202701 5010 {} 100.00", "#PBUDGET 0 202709 5010 {} 50.00", '#VER A 1 20270115 "Lön"', "{", '#TRANS 5010 {1 "1700" 6 "P1"} 1234.50', "#TRANS 1930 {} -1234.50", "}"), 8);
    expect(data.recognition).toMatchObject({ format: "sie4", encoding: "cp437", company: "Ölands IT-nämnd", year: 2027, throughMonth: 8, records: 4 });
    expect(data.recognition.columns.map((c) => [c.meaning, c.header])).toEqual([
      ["account", "#KONTO"],
      ["accountText", "#KONTO"],
      ["responsibility", "Ansvar"],
      ["project", "Projekt"],
      ["budget", "#PBUDGET"],
      ["outcome", "#TRANS"],
      ["annualBudget", "#PBUDGET"],
    ]);
    const salary = data.rows.find((row) => row.codes.account === "5010" && row.codes.responsibility === "1700");
    expect(salary).toMatchObject({ codes: { account: "5010", responsibility: "1700", project: "P1" }, accountText: "Löner åäö" });
    expect(salary?.amounts.outcome?.toFixed()).toBe("1234.5");
    const budget = data.rows.find((row) => row.codes.account === "5010" && row.codes.responsibility === "");
    expect([budget?.amounts.budget?.toFixed(), budget?.amounts.annualBudget?.toFixed()]).toEqual(["100", "150"]);
  });

  it("takes the breakdown with the dimensions the settings name when the file gives one per dimension", () => {
    const data = read(lines("#PSALDO 0 202701 5010 {} 300.00", '#PSALDO 0 202701 5010 {1 "1700"} 100.00', '#PSALDO 0 202701 5010 {1 "1710"} 200.00', '#PSALDO 0 202701 5010 {6 "P1"} 300.00'), 1);
    expect(actualSums(data.rows, "outcome")).toEqual(new Map([["5010|1700|", "100"], ["5010|1710|", "200"]]));
  });

  it("skips #RTRANS and #BTRANS (the added row is also a #TRANS; the removed one is no longer booked) and other labels", () => {
    const data = read(lines('#VER A 1 20270115 "Rättelse"', "{", "#TRANS 5010 {} 10.00", "#RTRANS 5010 {} 10.00", "#BTRANS 5010 {} 99.00", "}", "#IB 0 1930 5000.00", "#OKÄND 1 2 3"), 12);
    expect(actualSums(data.rows, "outcome")).toEqual(new Map([["5010||", "10"]]));
  });

  it("reads quoted fields with spaces and escaped quotes, and object codes that are quoted or not", () => {
    const data = read(lines('#VER "A" "7" 20270301 "Faktura \\"Telia\\" mars"', "{", "#TRANS 5010 {1 1790} -0.5 20270302", '#TRANS 5010 {1 "17 90"} 0.5', "}"), 3);
    expect(actualSums(data.rows, "outcome")).toEqual(new Map([["5010|1790|", "-0.5"], ["5010|17 90|", "0.5"]]));
  });
});
