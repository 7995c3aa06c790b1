import fc from "fast-check";
import { reportFromTables, type Report, type ReportTable } from "../../../src/core/report";
import { table, workbook } from "./fixtures";
import { ledgerArb, reportOf } from "./generators";

/** Numbers as the narrative writes them (no-break space groups, decimal comma, U+2212 minus), back to numbers. */
function numbersIn(text: string): number[] {
  return (text.match(/[+\u2212]?\d+(?:\u00a0\d{3})*(?:,\d+)?/g) ?? []).map((n) => Number(n.replace(/\u00a0/g, "").replace(",", ".").replace("\u2212", "-")));
}

const tableOf = (report: Report, id: string) => report.tables.find((t) => t.id === id) as ReportTable;
const totalOf = (t: ReportTable) => t.rows[t.rows.length - 1].values;

describe("the narrative of the small ledger", () => {
  const causes = table("Avvikelseorsaker", ["Orsak", "Belopp"], [["Licenser", -120], ["Telefoni", "-75,5"]]);
  const report = reportFromTables(workbook({ extra: [causes] }));

  it("tells the period's and the year's deviation, the shared split and the largest lines", () => {
    expect(report.narrative.paragraphs.slice(0, 4)).toEqual([
      "IT-nämnden redovisar en avvikelse på +39 tkr för perioden jan–aug 2027 (överskott): nettokostnaden enligt budget är 4\u00a0900 tkr och utfallet 4\u00a0861 tkr.",
      "Prognosen för helåret är 7\u00a0310 tkr mot en årsbudget på 7\u00a0350 tkr, en avvikelse på +40 tkr (överskott).",
      "Den gemensamma delens prognostiserade avvikelse, +40 tkr, fördelas enligt fördelningsnyckeln: Borgholm 44,7 % 18 tkr, Mörbylånga 55,3 % 22 tkr. Avvikelsen debiteras/krediteras respektive kommun efter bokslutet.",
      "De största avvikelserna mot årsbudget finns på Licenser (\u2212120 tkr), Personalkostnader (+100 tkr) och Intäkter från bolag (+60 tkr).",
    ]);
  });

  it("reconciles the causes with the committee's forecast deviation, the unexplained rest shown", () => {
    // Committee Total Avvikelse is +40; the causes explain −195,5; unexplained 40 − (−195,5) = 235,5.
    expect(report.narrative.causes).toEqual([
      { label: "Licenser", amount: -120, kind: "cause" },
      { label: "Telefoni", amount: -75.5, kind: "cause" },
      { label: "Ej förklarad avvikelse", amount: 235.5, kind: "unexplained" },
      { label: "Avvikelse mot årsbudget", amount: 40, kind: "total" },
    ]);
    expect(report.narrative.paragraphs[4]).toBe(
      "Avvikelsen mot årsbudget, +40 tkr, förklaras av: Licenser \u2212120 tkr, Telefoni \u221275,5 tkr. Ej förklarad avvikelse +235,5 tkr."
    );
  });

  it("has no causes without Avvikelseorsaker", () => {
    const plain = reportFromTables(workbook());
    expect(plain.narrative.causes).toBeUndefined();
    expect(plain.narrative.paragraphs).toHaveLength(4);
  });
});

describe("the narrative of generated ledgers", () => {
  it("states the same numbers as the tables", () => {
    fc.assert(
      fc.property(ledgerArb, (generated) => {
        const report = reportOf(generated);
        const total = totalOf(tableOf(report, "total"));
        const [period, year, shared, largest] = report.narrative.paragraphs;
        expect(numbersIn(period)).toEqual([total[2], 2027, total[0], total[1]]);
        expect(numbersIn(year)).toEqual([total[4], total[3], total[5]]);
        const split = report.deviationSplit;
        const percents = report.key.map((k) => Math.round(k.share * 1000) / 10);
        expect(numbersIn(shared)).toEqual([split.amount, ...split.parts.flatMap((part, i) => [percents[i], part.amount])]);
        expect(split.amount).toBe(totalOf(tableOf(report, "shared"))[5]);
        const lineDeviations = report.tables
          .filter((t) => t.id !== "total")
          .flatMap((t) => t.rows.filter((row) => row.kind === "line" && row.values[5] !== 0).map((row) => Math.abs(row.values[5])))
          .sort((a, b) => b - a)
          .slice(0, 3);
        const stated = largest === undefined ? [] : [...largest.matchAll(/\(([+\u2212][\d\u00a0]+) tkr\)/g)].map((m) => Math.abs(numbersIn(m[1])[0]));
        expect(stated).toEqual(lineDeviations);
      }),
      { numRuns: 80 }
    );
  });
});
