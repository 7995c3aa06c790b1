import fc from "fast-check";
import { Dec } from "../../../src/core/decimal";
import type { ReportTable } from "../../../src/core/report";
import { allocate } from "../../../src/core/rules";
import { expectReportOf } from "./expectedReport";
import { ledgerArb, partyNames, reportOf } from "./generators";

describe("reports from generated ledgers (up to 60 rows, 2–4 parties, kr with öre, both signs)", () => {
  it("show the ledger's figures in tkr, summed per line, as the rounding the settings name displays them", () => {
    fc.assert(
      fc.property(ledgerArb, (generated) => {
        const report = reportOf(generated);
        expect(report.rounding).toBe(generated.rounding === "per cell" ? "per-cell" : "controlled");
        expectReportOf(report, generated.rows, partyNames.slice(0, generated.users.length));
      }),
      { numRuns: 150 }
    );
  });

  it("split the shared Total's displayed forecast deviation by the key, as the allocation does", () => {
    fc.assert(
      fc.property(ledgerArb, (generated) => {
        const report = reportOf(generated);
        const shared = report.tables.find((t) => t.id === "shared") as ReportTable;
        const displayed = shared.rows[shared.rows.length - 1].values[5];
        const amounts = allocate(new Dec(displayed), report.key.map((entry) => new Dec(entry.share)), 0);
        expect(report.deviationSplit).toEqual({ basis: "forecast", amount: displayed, parts: report.key.map((entry, i) => ({ party: entry.party, amount: amounts[i].toNumber() })) });
      }),
      { numRuns: 120 }
    );
  });
});
