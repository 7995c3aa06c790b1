import { describe as describeError } from "../../../src/core/messages";
import { reportFromTables, reportSheetName, periodLabel, type Report, type ReportTable } from "../../../src/core/report";
import { expectReportOf } from "./expectedReport";
import { errorOf, keysTable, ledgerTable, standardSettings, table, workbook } from "./fixtures";

function tableById(report: Report, id: string): ReportTable {
  const found = report.tables.find((t) => t.id === id);
  if (!found) throw new Error(`no table ${id}`);
  return found;
}

function rowOf(t: ReportTable, label: string) {
  const found = t.rows.find((row) => row.label === label);
  if (!found) throw new Error(`no row ${label}`);
  return found;
}

describe("a report from the small hand-checked ledger (kr with öre → tkr)", () => {
  const report = reportFromTables(workbook(), { committeeLines: true });
  const shared = tableById(report, "shared");

  it("has the committee, the shared part and Borgholm's own part, in that order, with Swedish titles", () => {
    expect(report.tables.map((t) => [t.id, t.title])).toEqual([
      ["total", "Ekonomisk sammanställning IT-nämnd"],
      ["shared", "Varav kostnader som ska fördelas mellan kommunerna"],
      ["own:Borgholm", "Varav Borgholms egna kostnader"],
    ]);
    expect(shared.columns).toEqual(["Budget jan–aug", "Utfall jan–aug", "Avvikelse ack.", "Årsbudget", "Årsprognos", "Avvikelse"]);
    expect(report).toMatchObject({ year: 2027, throughMonth: 8, periodLabel: "jan–aug", unit: "tkr", host: "Borgholm", rounding: "controlled" });
    expect(report.key).toEqual([{ party: "Borgholm", share: 0.447 }, { party: "Mörbylånga", share: 0.553 }]);
  });

  it("sums the rows of one line and divides kr by 1000 exactly", () => {
    // Personalkostnader: 4 000 400 kr budget; outcome 3 899 600 + 1 234,50 kr; forecast 5 899 800 kr.
    const personnel = rowOf(shared, "Personalkostnader");
    expect(personnel.exact).toEqual([4000.4, 3900.8345, 99.5655, 6000, 5899.8, 100.2]);
    expect(personnel.values).toEqual([4000, 3901, 99, 6000, 5900, 100]);
  });

  it("shows revenue lines, Summa intäkter, cost lines, Summa kostnader and Total, figures checked by hand", () => {
    expect(shared.rows.map((row) => [row.label, row.kind, row.section, row.values])).toEqual([
      ["Intäkter från bolag", "line", "revenue", [-200, -250, 50, -300, -360, 60]],
      ["Summa intäkter", "sum", "revenue", [-200, -250, 50, -300, -360, 60]],
      ["Personalkostnader", "line", "cost", [4000, 3901, 99, 6000, 5900, 100]],
      ["Licenser", "line", "cost", [1000, 1120, -120, 1500, 1620, -120]],
      ["Summa kostnader", "sum", "cost", [5000, 5021, -21, 7500, 7520, -20]],
      ["Total", "total", undefined, [4800, 4771, 29, 7200, 7160, 40]],
    ]);
    expect(rowOf(shared, "Total").exact).toEqual([4800.4, 4770.8345, 29.5655, 7200, 7159.8, 40.2]);
  });

  it("labels own lines with their party in the committee's table when every line is shown", () => {
    const committee = tableById(report, "total");
    expect(committee.rows.map((row) => row.label)).toEqual([
      "Intäkter från bolag",
      "Summa intäkter",
      "Personalkostnader",
      "Licenser",
      "Nämndsarvoden (Borgholm)",
      "Summa kostnader",
      "Total",
    ]);
    expect(rowOf(committee, "Total").values).toEqual([4900, 4861, 39, 7350, 7310, 40]);
  });

  it("splits the displayed forecast deviation of the shared Total by the key: 40 × 44,7 % = 17,88 → 18, 22", () => {
    expect(report.deviationSplit).toEqual({ basis: "forecast", amount: 40, parts: [{ party: "Borgholm", amount: 18 }, { party: "Mörbylånga", amount: 22 }] });
    expect(shared.caption).toBe(
      "Prognostiserad avvikelse +40 tkr: Borgholm 44,7 % 18 tkr, Mörbylånga 55,3 % 22 tkr. Avvikelsen debiteras/krediteras respektive kommun efter bokslutet."
    );
    expect(report.tables.filter((t) => t.caption)).toHaveLength(1);
  });

  it("adds no note when every figure is within 1 and no warning for a correctly tagged board fee", () => {
    expect(report.tables.some((t) => t.note)).toBe(false);
    expect(report.warnings).toEqual([]);
  });

  it("shows only the three sum rows of the committee by default", () => {
    const committee = tableById(reportFromTables(workbook()), "total");
    expect(committee.rows.map((row) => row.label)).toEqual(["Summa intäkter", "Summa kostnader", "Total"]);
  });

  it("names the sheet after the period", () => {
    expect(reportSheetName(report)).toBe("Rapport jan–aug 2027");
  });
});

describe("report options and settings", () => {
  it("labels the period from jan", () => {
    expect([1, 4, 8, 12].map(periodLabel)).toEqual(["jan", "jan–apr", "jan–aug", "jan–dec"]);
  });

  it("keeps the ledger's unit when the report is in kr, and rounds per cell on request", () => {
    const report = reportFromTables(workbook(), { reportUnit: "kr", rounding: "per-cell" });
    expect(report.unit).toBe("kr");
    expect(report.rounding).toBe("per-cell");
    // 3 899 600 + 1 234,50 kr rounds half up to 3 900 835 kr.
    expect(rowOf(tableById(report, "shared"), "Personalkostnader").values[1]).toBe(3900835);
  });

  it("multiplies a ledger in tkr by 1000 for a report in kr", () => {
    const settings = { ...standardSettings, "Enhet i underlaget": "tkr", "Enhet i rapporten": "kr" };
    const report = reportFromTables(workbook({ settings, ledger: ledgerTable([["A", "Gemensam", "Kostnad", 1.5, 2, 3, 4]]) }));
    expect(rowOf(tableById(report, "shared"), "A").values).toEqual([1500, 2000, -500, 3000, 4000, -1000]);
  });

  it("computes the period budget from Årsbudget when the ledger has no Budget column, linearly or by the line's profile", () => {
    const headers = ["Rad", "Fördelning", "Utfall", "Årsbudget", "Årsprognos"];
    const ledger = ledgerTable([["Licenser", "Gemensam", 0, 1200000, 0], ["Personal", "Gemensam", 0, 1200000, 0]], headers);
    const months = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];
    const profile = table("Periodiseringsprofiler", ["Rad", ...months], [["licenser", 1, ...Array(11).fill(0)]]);
    const shared = tableById(reportFromTables(workbook({ ledger, extra: [profile] }), { throughMonth: 3 }), "shared");
    expect(rowOf(shared, "Licenser").exact[0]).toBe(1200); // all of it paid in January
    expect(rowOf(shared, "Personal").exact[0]).toBe(300); // 3/12
    expect(shared.columns[0]).toBe("Budget jan–mar");
  });

  it("makes an own table only for parties with own lines, with the genitive of the name", () => {
    const ledger = ledgerTable([["A", "Gemensam", "Kostnad", 1, 1, 1, 1], ["B", "Mörbylånga", "Kostnad", 1, 1, 1, 1]]);
    const keys = keysTable([[2027, "Borgholm", 1, null], [2027, "Mörbylånga", 1, null], [2027, "Vaxholms", 1, null]]);
    const report = reportFromTables(workbook({ ledger, keys }));
    expect(report.tables.map((t) => t.title)).toEqual([
      "Ekonomisk sammanställning IT-nämnd",
      "Varav kostnader som ska fördelas mellan kommunerna",
      "Varav Mörbylångas egna kostnader",
    ]);
  });

  it("always shows the sum rows, 0 for an empty section and an empty shared part", () => {
    const report = reportFromTables(workbook({ ledger: ledgerTable([["A", "Borgholm", "Kostnad", 1000, 1000, 1000, 1000]]) }));
    const shared = tableById(report, "shared");
    expect(shared.rows.map((row) => [row.label, row.values])).toEqual([
      ["Summa intäkter", [0, 0, 0, 0, 0, 0]],
      ["Summa kostnader", [0, 0, 0, 0, 0, 0]],
      ["Total", [0, 0, 0, 0, 0, 0]],
    ]);
    expect(report.deviationSplit.parts.map((p) => p.amount)).toEqual([0, 0]);
  });

  it("warns about board fees tagged Gemensam, a decided key off the users, and a ledger of another period", () => {
    const ledger = ledgerTable([["Nämndsarvoden", "Gemensam", "Kostnad", 1, 1, 1, 1]], ["Rad", "Fördelning", "Typ", "Budget jan-jul", "Utfall jan-jul", "Årsbudget", "Prognos"]);
    const keys = keysTable([[2027, "Borgholm", 1700, 0.45], [2027, "Mörbylånga", 2100, 0.55]]);
    const warnings = reportFromTables(workbook({ ledger, keys })).warnings;
    expect(warnings.map((warning) => warning.code)).toEqual(["keyDiffers", "keyDiffers", "boardFeesShared", "ledgerPeriodDiffers"]);
    const [, , boardFees, period] = warnings;
    expect(describeError(boardFees, "sv")).toBe(
      "”Nämndsarvoden” är märkt Gemensam i bladet Underlag, tabellen Underlag, men nämndsarvoden är alltid egna kostnader för kommunen som valt ledamöterna"
    );
    expect(describeError(boardFees, "en")).toBe(
      "“Nämndsarvoden” is tagged Gemensam in sheet Underlag, table Underlag, but board fees are always the own costs of the municipality that elected the members"
    );
    expect(describeError(period, "sv")).toBe(
      "Kolumnrubrikerna i bladet Underlag, tabellen Underlag gäller jan-jul, men rapporten avser jan–aug: är underlaget från rätt månad?"
    );
    expect(describeError(period, "en")).toBe(
      "The column headers in sheet Underlag, table Underlag are for jan-jul, but the report is for jan–aug: is the ledger from the right month?"
    );
  });

  it("reads the ledger from another table when the host says so", () => {
    const other = { ...ledgerTable(), name: "Huvudbok" };
    const report = reportFromTables(workbook({ ledger: other }), { ledgerTable: "huvudbok" });
    expect(tableById(report, "shared").rows).toHaveLength(6);
    expect(errorOf(() => reportFromTables(workbook({ ledger: other }))).code).toBe("missingTable");
  });

  it("refuses a host that is not a party of the key", () => {
    const error = errorOf(() => reportFromTables(workbook({ settings: { ...standardSettings, Värdkommun: "Kalmar" } })));
    expect(error.code).toBe("unknownHost");
    expect(describeError(error, "sv")).toBe("Värdkommunen ”Kalmar” i tabellen Inställningar är ingen part i fördelningsnyckeln för 2027. Parter: Borgholm, Mörbylånga");
  });
});

describe("figures Excel cannot show exactly (issue 7, item 8)", () => {
  const settings = { ...standardSettings, "Enhet i rapporten": "kr" };
  // 1 100 lines near 1e12 kr, shown in kr: Summa kostnader passes Excel's 15 digits (and then 2^53 with more lines).
  const nearTrillion = Array.from({ length: 1100 }, (_, i) => [`Rad ${i}`, "Gemensam", "Kostnad", 999_999_999_999.99, 0, 0, 0]);

  it("refuses a report whose sums pass 15 digits, naming the figure and the limit, instead of showing sums that do not add up", () => {
    const error = errorOf(() => reportFromTables(workbook({ settings, ledger: ledgerTable(nearTrillion) })));
    expect(error.code).toBe("reportSumTooLargeAt");
    expect(error.where).toMatchObject({ sheet: "Underlag", table: "Underlag", row: 1, columnName: "Budget jan-aug", address: "Underlag!D2" });
    expect(describeError(error, "sv")).toBe(
      "Raden ”Summa kostnader”, kolumnen ”Budget jan–aug” i rapportens tabell ”Varav kostnader som ska fördelas mellan kommunerna” summerar 1100 belopp i underlaget till 1099999999999989: fler siffror än Excel kan visa exakt (högst 999999999999999). Det största, 999999999999.99, står i cellen Underlag!D2 (rad 1 i tabellen Underlag, bladet Underlag, kolumnen Budget jan-aug). Kontrollera beloppen, eller gör rapporten i tkr"
    );
  });

  it("names the ledger cell a figure too large for a cell came from, not the report's row", () => {
    const lines = [
      ["Licenser", "Gemensam", "Kostnad", 1000, 2000, 3000, 4000],
      ["Nämndsarvoden", "Borgholm", "Kostnad", 0, 0, 0, 0],
      ["Nämndsarvoden", "Borgholm", "Kostnad", 0, 2e16, 0, 0],
    ];
    const error = errorOf(() => reportFromTables(workbook({ settings, ledger: ledgerTable(lines) })));
    expect(error.code).toBe("reportFigureTooLargeAt");
    expect(error.where).toMatchObject({ sheet: "Underlag", table: "Underlag", row: 3, columnName: "Utfall jan–aug", address: "Underlag!E4" });
    expect(describeError(error, "en")).toBe(
      "The amount 20000000000000000 in the cell Underlag!E4 (row 3 of the table Underlag, sheet Underlag, column Utfall jan–aug) becomes 20000000000000000 on the row “Nämndsarvoden”, column “Utfall jan–aug” of the report: more digits than Excel can show exactly (at most 999999999999999). Check the amount, or make the report in tkr"
    );
  });

  it("shows sums up to 15 digits exactly and additive, lines near 1e12 kr and above", () => {
    const lines = [
      ["A", "Gemensam", "Kostnad", 499_999_999_999_999.4, 0, 0, 0],
      ["B", "Gemensam", "Kostnad", 499_999_999_999_999.4, 0, 0, 0],
    ];
    const shared = tableById(reportFromTables(workbook({ settings, ledger: ledgerTable(lines) })), "shared");
    const budget = (label: string) => rowOf(shared, label).values[0];
    // The two lines' exact 999 999 999 999 998,8 shows as 999 999 999 999 999: one line rounds up.
    expect(budget("Total")).toBe(999_999_999_999_999);
    expect([budget("A"), budget("B")].sort()).toEqual([499_999_999_999_999, 500_000_000_000_000]);
    expect(budget("A") + budget("B")).toBe(budget("Summa kostnader"));
  });
});

describe("reports with many parties (issue 7: 40 parties took 110 s and 2,7 GB)", () => {
  it("rounds 40 parties with own lines: each table the ledger's figures as the rounding displays them, the committee within 1", () => {
    const parties = Array.from({ length: 40 }, (_, i) => `Kommun ${i + 1}`);
    const keys = keysTable(parties.map((party, i) => [2027, party, 1000 + i, null]));
    // Kronor with öre, as a ledger holds them (a product like 777.7 × 3 would carry binary noise into the cell).
    const kronor = (ore: number) => ore / 100;
    const rows = Array.from({ length: 400 }, (_, i) => [`Rad ${i % 10}`, i % 10 === 0 ? "Gemensam" : parties[Math.floor(i / 10)], i % 3 === 0 ? "Intäkt" : "Kostnad", kronor(123450 * i + 37), kronor(99940 * i), kronor(77770 * i), kronor(432130 * i)]);
    const settings = { ...standardSettings, Värdkommun: parties[0] };
    const report = reportFromTables(workbook({ settings, keys, ledger: ledgerTable(rows) }), { committeeLines: true });
    expect(report.tables).toHaveLength(42); // the committee, the shared part, 40 own parts
    expectReportOf(report, rows, parties);
    expect(report.tables[0].note).toBeUndefined();
  });
});
