import { reportFromTables } from "../../../src/core/report";
import { errorOf, table, workbook, standardSettings } from "./fixtures";

// issue 7, item 5: the causes are in the settings' report unit (Enhet i rapporten) unless their header states
// its own ("Belopp, kr"); a report made in another unit converts them (workbook.md, Avvikelseorsaker).
const causes = (header: string, rows: unknown[][]) => table("Avvikelseorsaker", ["Orsak", header], rows);

function unexplained(report: ReturnType<typeof reportFromTables>) {
  return report.narrative.causes!.map((item) => [item.kind, item.amount]);
}

describe("the causes' unit", () => {
  // The small ledger's committee forecast deviation: +40 tkr, +39 975,5 kr exact (fixtures.ts).
  const inTkr = causes("Belopp", [["Licenser", -120], ["Telefoni", -75]]);

  it("is the settings' report unit when the report is made in kr (--unit kr): −120 tkr is −120 000 kr, not −120 kr", () => {
    const report = reportFromTables(workbook({ extra: [inTkr] }), { reportUnit: "kr" });
    expect(report.unit).toBe("kr");
    const deviation = report.narrative.causes!.at(-1)!.amount;
    expect(unexplained(report)).toEqual([
      ["cause", -120_000],
      ["cause", -75_000],
      ["unexplained", deviation + 195_000],
      ["total", deviation],
    ]);
    expect(report.narrative.paragraphs.at(-1)).toMatch(/Licenser −120\s000 kr, Telefoni −75\s000 kr\./);
  });

  it("is read as kr under a header Belopp, kr, and converted into a report in tkr", () => {
    const report = reportFromTables(workbook({ extra: [causes("Belopp, kr", [["Licenser", -120_000], ["Telefoni", "-75 500"]])] }));
    expect(report.unit).toBe("tkr");
    expect(unexplained(report).slice(0, 2)).toEqual([
      ["cause", -120],
      ["cause", -75.5],
    ]);
  });

  it("follows the settings' Enhet i rapporten, and a header in tkr (Belopp (tkr)) wins over it", () => {
    const settings = { ...standardSettings, "Enhet i rapporten": "kr" };
    const inKr = reportFromTables(workbook({ settings, extra: [causes("Belopp", [["Licenser", -120_000]])] }), { reportUnit: "tkr" });
    expect(unexplained(inKr)[0]).toEqual(["cause", -120]);
    const stated = reportFromTables(workbook({ settings, extra: [causes("Belopp (tkr)", [["Licenser", -120]])] }));
    expect(unexplained(stated)[0]).toEqual(["cause", -120_000]);
  });

  it("refuses a header with a unit that is not kr or tkr, as a column the contract does not know", () => {
    expect(errorOf(() => reportFromTables(workbook({ extra: [causes("Belopp, mkr", [["Licenser", -1]])] }))).code).toBe("missingColumn");
  });
});
