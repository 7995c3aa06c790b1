import { accountFromTables } from "../../../src/core/account/fromTables";
import { settleJson } from "../../../src/core/account/json";
import { describe as describeMessage } from "../../../src/core/messages";
import { errorOf, keysTable, ledgerTable, standardSettings, table, workbook } from "../report/fixtures";

const headers = ["Rad", "Fördelning", "Typ", "Budget", "Utfall", "Årsbudget", "Prognos"];

/** The worked example of domain.md section 6, with own lines and the host's financing around it. */
const ledgerRows: unknown[][] = [
  ["Personalkostnader", "Gemensam", "Kostnad", 6000, 6100, 10000, 9900],
  ["Intäkter kommunala bolag", "Gemensam", "Intäkt", -600, -500, -1000, -1100],
  ["Nämndsarvoden", "Mörbylånga", "Kostnad", 80, 90, 120, 130],
  ["Konsulttimmar Mörbylånga", "Mörbylånga", "Kostnad", 0, 700, 0, 900],
  ["Nämndsarvoden", "Borgholm", "Kostnad", 60, 55, 100, 95],
  ["Försäljning av lager", "Borgholm", "Intäkt", 0, -40, 0, -50],
  ["Intäkter från Mörbylånga kommun", "Borgholm", "Intäkt", -3400, -3400, -5100, -5100],
  ["Intäkter från Borgholms kommun", "Borgholm", "Intäkt", -2700, -2700, -4123, -4123],
];

function tables(month: number, invoices: unknown[][] | null, extraSettings: Record<string, unknown> = {}) {
  return workbook({
    settings: { ...standardSettings, "Period t.o.m. månad": month, ...extraSettings },
    keys: keysTable([
      [2027, "Borgholm", null, 0.447],
      [2027, "Mörbylånga", null, 0.553],
    ]),
    ledger: ledgerTable(ledgerRows, headers),
    extra: invoices ? [table("Fakturerat", ["Part", "Datum", "Avser", "Belopp"], invoices)] : [],
  });
}

describe("the members' account (workbook.md, Money between the members)", () => {
  it("without Fakturerat counts the computed advances as invoiced and settles the rest", () => {
    const account = accountFromTables(tables(12, null));
    const [borgholm, morbylanga] = account.members;
    expect(account.basis).toBe("outcome");
    // Shared budget 9 000 → 4 023 / 4 977 (domain.md 6), plus own budgeted lines 100 / 120.
    expect(borgholm.advances).toEqual([1031, 1031, 1031, 1030]);
    expect(morbylanga.advances).toEqual([1275, 1274, 1274, 1274]);
    // Shared outcome 5 600 → 2 503 / 3 097; own: Borgholm 55 − 40 (its stock sales are its own), Mörbylånga 90 + 700.
    expect(borgholm.actualCost).toBe(2503 + 15);
    expect(morbylanga.actualCost).toBe(3097 + 790);
    expect(borgholm.invoiced).toBe(4123);
    expect(morbylanga.invoiced).toBe(5097);
    expect(borgholm.settlement).toBe(2518 - 4123);
    expect(morbylanga.settlement).toBe(3887 - 5097);
    // Only a non-host member's unbudgeted own lines are re-invoiced.
    expect(morbylanga.reinvoicing).toEqual({ booked: 700, invoiced: 0, open: 700 });
    expect(borgholm.reinvoicing).toEqual({ booked: 0, invoiced: 0, open: 0 });
  });

  it("takes invoices, re-invoicing and true-ups from Fakturerat; invoiced + settlement = actualCost", () => {
    const invoices = [
      ["Mörbylånga", "2027-01-05", "Förskott", 1275],
      ["Mörbylånga", new Date(Date.UTC(2027, 3, 2)), "förskott", 1274],
      ["Mörbylånga", 46600, "Vidarefakturering", 500],
      ["Mörbylånga", "2027-05-20", "Avräkning", -30],
      ["Borgholm", "2027-09-01", "Avräkning", 12.5],
    ];
    const account = accountFromTables(tables(8, invoices));
    const [borgholm, morbylanga] = account.members;
    expect(account.basis).toBe("forecast");
    expect(morbylanga.reinvoicing).toEqual({ booked: 700, invoiced: 500, open: 200 });
    expect(morbylanga.trueUps).toEqual([-30]);
    expect(morbylanga.invoiced).toBe(1275 + 1274 + 500 - 30);
    // Borgholm has no Förskott rows: its four computed advances count as invoiced.
    expect(borgholm.invoiced).toBe(4123 + 12.5);
    for (const member of account.members) expect(member.invoiced + member.settlement).toBe(member.actualCost);
  });

  it("proposes a tertial true-up after T2 when a share of the shared deviation exceeds the threshold, net of true-ups made", () => {
    const invoices = [["Mörbylånga", "2027-05-20", "Avräkning", 20]];
    // Shared deviation jan–aug: (6 000 − 6 100) + (−600 + 500) = −200 → 89 / 111 to invoice.
    const account = accountFromTables(tables(8, invoices, { "Avräkning per tertial över": 0.1 }));
    expect(account.members.map((m) => m.proposedTrueUp)).toEqual([undefined, 111 - 20]);
    expect(accountFromTables(tables(7, invoices, { "Avräkning per tertial över": 0.1 })).members[1].proposedTrueUp).toBeUndefined();
    expect(accountFromTables(tables(8, invoices)).members[1].proposedTrueUp).toBeUndefined();
  });

  it("compares the host's financing lines with each party's advances", () => {
    const [borgholm, morbylanga] = accountFromTables(tables(12, null)).members;
    expect(borgholm.financing).toEqual({ budget: 4123, advances: 4123, difference: 0 });
    expect(morbylanga.financing).toEqual({ budget: 5100, advances: 5097, difference: 3 });
  });

  it("gives the JSON of workbook.md", () => {
    const json = settleJson(accountFromTables(tables(12, null))) as { members: object[] };
    expect(Object.keys(json)).toEqual(["year", "throughMonth", "basis", "members"]);
    expect(Object.keys(json.members[1])).toEqual(["party", "share", "advances", "reinvoicing", "trueUps", "actualCost", "invoiced", "settlement"]);
  });
});

describe("bad input to the members' account", () => {
  function problem(invoices: unknown[][], settings: Record<string, unknown> = {}) {
    return errorOf(() => accountFromTables(tables(8, invoices, settings)));
  }

  it("names an unknown party, an Avser none of the three, a date outside the year and a bad amount", () => {
    const unknown = problem([["Kalmar", "2027-01-05", "Förskott", 1]]);
    expect(unknown.code).toBe("invoicedUnknownParty");
    expect(unknown.where).toMatchObject({ table: "Fakturerat", row: 1, columnName: "Part" });
    expect(describeMessage(unknown, "sv")).toContain("Kalmar");
    expect(describeMessage(unknown, "en")).toContain("not a party");
    const purpose = problem([["Borgholm", "2027-01-05", "Förskott", 1], ["Borgholm", "2027-01-05", "Faktura", 1]]);
    expect(purpose).toMatchObject({ code: "invoicedBadPurpose", where: { row: 2, columnName: "Avser" } });
    expect(problem([["Borgholm", "2026-12-31", "Förskott", 1]])).toMatchObject({ code: "dateOutsideYear", params: { value: "2026-12-31", year: 2027 } });
    expect(problem([["Borgholm", "31/12", "Förskott", 1]]).code).toBe("badDate");
    expect(problem([["Borgholm", "2027-02-30", "Förskott", 1]]).code).toBe("badDate");
    expect(problem([["Borgholm", "2027-02-03", "Förskott", "mycket"]])).toMatchObject({ code: "notANumber", where: { columnName: "Belopp" } });
  });

  it("refuses a threshold that is not an amount", () => {
    for (const value of ["hög", -5]) {
      const error = problem([], { "Avräkning per tertial över": value });
      expect(error.code).toBe("badThreshold");
      expect(describeMessage(error, "sv")).toContain("Avräkning per tertial över");
    }
  });
});
