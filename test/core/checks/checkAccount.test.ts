import { checkAccount } from "../../../src/core/checks/checkAccount";
import { reinvoicingDue } from "../../../src/core/account/reinvoicingDue";
import { describe as describeMessage } from "../../../src/core/messages";
import { keysTable, ledgerTable, standardSettings, table, workbook } from "../report/fixtures";

const headers = ["Rad", "Fördelning", "Typ", "Budget", "Utfall", "Årsbudget", "Prognos"];

function tables(invoices: unknown[][], financing = -4977) {
  return workbook({
    settings: { ...standardSettings, "Period t.o.m. månad": 8 },
    keys: keysTable([
      [2027, "Borgholm", null, 0.447],
      [2027, "Mörbylånga", null, 0.553],
    ]),
    ledger: ledgerTable(
      [
        ["Personalkostnader", "Gemensam", "Kostnad", 6000, 6100, 9000, 9000],
        ["Konsulttimmar", "Mörbylånga", "Kostnad", 0, 700, 0, 900],
        ["Intäkter från Mörbylånga kommun", "Borgholm", "Intäkt", -3400, -3400, financing, financing],
      ],
      headers
    ),
    extra: [table("Fakturerat", ["Part", "Datum", "Avser", "Belopp"], invoices)],
  });
}

describe("Kontroll of the members' account", () => {
  it("costs booked through a month are due for re-invoicing at the end of the quarter after", () => {
    expect(reinvoicingDue(2027, 8)).toEqual({ year: 2027, month: 12, day: 31 });
    expect(reinvoicingDue(2027, 3)).toEqual({ year: 2027, month: 6, day: 30 });
    expect(reinvoicingDue(2027, 12)).toEqual({ year: 2028, month: 3, day: 31 });
  });

  it("notes open re-invoicing before it is due and warns once it is late", () => {
    const before = checkAccount(tables([]), { year: 2027, month: 9, day: 10 });
    expect(before.map((f) => [f.severity, f.problem.code, f.problem.params.open])).toEqual([["info", "reinvoicingOpen", 700]]);
    const after = checkAccount(tables([]), { year: 2028, month: 1, day: 1 });
    expect(after.map((f) => [f.severity, f.problem.code])).toEqual([["warning", "reinvoicingOverdue"]]);
    expect(describeMessage(after[0].problem, "sv")).toContain("2027-12-31");
    expect(checkAccount(tables([["Mörbylånga", "2027-09-01", "Vidarefakturering", 700]]), { year: 2028, month: 1, day: 1 })).toEqual([]);
  });

  it("names the financing line that misses the key, and a Fakturerat row that cannot be read", () => {
    const off = checkAccount(tables([["Mörbylånga", "2027-09-01", "Vidarefakturering", 700]], -5100), { year: 2027, month: 9, day: 1 });
    expect(off.map((f) => [f.severity, f.problem.code, f.problem.params.difference])).toEqual([["warning", "financingDiffers", 123]]);
    expect(describeMessage(off[0].problem, "en")).toContain("Mörbylånga");
    const bad = checkAccount(tables([["Kalmar", "2027-09-01", "Förskott", 1]]), { year: 2027, month: 9, day: 1 });
    expect(bad.map((f) => [f.severity, f.problem.code])).toEqual([["error", "invoicedUnknownParty"]]);
  });
});
