/**
 * @jest-environment jsdom
 */
import "./jsdom";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { OitError } from "../../src/core/errors";
import { languageOf } from "../../src/i18n/language";
import { reportFromTables } from "../../src/core/report";
import type { InvoicePlan } from "../../src/core/invoicing/types";
import type { MemberAccount, MembersAccount } from "../../src/core/account/types";
import type { ExitSplit } from "../../src/core/exit/types";
import { uiStrings, uiText } from "../../src/i18n/strings";
import { App } from "../../src/taskpane/App";
import type { PaneHost } from "../../src/taskpane/host";
import { ledgerTable, workbook } from "../core/report/fixtures";
import { buttonNames, messages, messagesOnceShown, paneText, rowsOf, words } from "./read";
import { stubHost } from "./stubHost";

const sv = uiStrings.sv;
const en = uiStrings.en;

function show(host: PaneHost, language: "sv" | "en" = "sv") {
  return render(<App host={host} language={language} />);
}

/** The tabs in order, found by accessible name (Fluent renders a hidden bold copy of each label for layout). */
function expectTabs(names: string[]) {
  expect(names.map((name) => screen.getByRole("tab", { name }))).toEqual(screen.getAllByRole("tab"));
}

async function openTab(name: string) {
  await userEvent.click(screen.getByRole("tab", { name }));
}

describe("the task pane", () => {
  it("is Swedish under sv and English under en, tabs included", async () => {
    const host = stubHost({ readKeySetup: async () => null });
    const { unmount } = show(host, "sv");
    expectTabs([sv.tabKey, sv.tabImport, sv.tabReport, sv.tabInvoices, sv.tabChecks, sv.tabFunctions]);
    expect(await messagesOnceShown(sv.keyMissing)).toEqual(["Arbetsboken har ännu inga tabeller Fördelningsnycklar och Inställningar."]);
    expect(words(screen.getByRole("tabpanel"))).toBe("Fördelningsnyckel Arbetsboken har ännu inga tabeller Fördelningsnycklar och Inställningar. Skapa bladet Inställningar");
    unmount();
    show(host, "en");
    expectTabs([en.tabKey, en.tabImport, en.tabReport, en.tabInvoices, en.tabChecks, en.tabFunctions]);
    expect(await messagesOnceShown(en.keyMissing)).toEqual(["The workbook has no Fördelningsnycklar and Inställningar tables yet."]);
    expect(words(screen.getByRole("tabpanel"))).toBe("Distribution key The workbook has no Fördelningsnycklar and Inställningar tables yet. Create the Inställningar sheet");
  });

  it("offers to create the settings sheet in an empty workbook, then shows its key", async () => {
    let created = false;
    const host = stubHost({
      readKeySetup: async () => (created ? { rows: [{ year: 2027, party: "", users: null, share: null }], percentDecimals: 1 } : null),
      createSettingsSheet: async () => {
        created = true;
      },
    });
    show(host);
    await userEvent.click(await screen.findByRole("button", { name: sv.keyCreate }));
    // The new key's one row has no users yet: the draft says so until they are typed.
    expect(await messagesOnceShown(sv.keyCreated)).toEqual([sv.keyCreated, "Cellen i tabellen Fördelningsnycklar, rad 1, kolumn Användare är tom, men ett värde krävs"]);
    expect(screen.getByRole("combobox", { name: sv.keyYear }).textContent).toBe("2027");
    expect(screen.queryByRole("button", { name: sv.keyCreate })).toBeNull();
    expect(host.calls).toEqual(["readKeySetup", "createSettingsSheet", "readKeySetup"]);
  });

  it("computes the key from the users as they are typed and warns when the decided share differs", async () => {
    const host = stubHost({
      readKeySetup: async () => ({
        rows: [
          { year: 2027, party: "Borgholm", users: 1700, share: 0.46 },
          { year: 2027, party: "Mörbylånga", users: 2100, share: 0.54 },
        ],
        percentDecimals: 1,
      }),
    });
    show(host);
    // domain.md section 1: 1 700 and 2 100 users give 44,7 % and 55,3 %; the decided 46 % and 54 % differ (spaces read plain).
    const computed = (party: string) => words(screen.getByRole("group", { name: party })).match(/Beräknad andel\s*:\s*(\S+ %)/)?.[1];
    await waitFor(() => expect([computed("Borgholm"), computed("Mörbylånga")]).toEqual(["44,7 %", "55,3 %"]));
    expect(messages()).toEqual([
      "Den beslutade andelen för Borgholm (46,0 %) skiljer sig från den som beräknas ur användarna (44,7 %).",
      "Den beslutade andelen för Mörbylånga (54,0 %) skiljer sig från den som beräknas ur användarna (55,3 %).",
    ]);
  });

  it("shows the latest year's key first and another year's parties and users when it is chosen", async () => {
    const host = stubHost({
      readKeySetup: async () => ({
        rows: [
          { year: 2026, party: "Borgholm", users: 1650, share: null },
          { year: 2027, party: "Borgholm", users: 1700, share: null },
        ],
        percentDecimals: 1,
      }),
    });
    show(host);
    const users = () => (screen.getByRole("textbox", { name: sv.keyUsers }) as HTMLInputElement).value;
    const year = await screen.findByRole("combobox", { name: sv.keyYear });
    expect(year.textContent).toBe("2027");
    expect(users()).toBe("1700");
    await userEvent.click(year);
    await userEvent.click(screen.getByRole("option", { name: "2026" }));
    expect(year.textContent).toBe("2026");
    expect(users()).toBe("1650");
  });

  it("makes the user choose between two candidate ledger tables before writing", async () => {
    const host = stubHost({ reportChoices: async () => ({ ledgerTables: ["Underlag", "Underlag2026"], month: 8, unit: "tkr", rounding: "controlled" }) });
    show(host);
    await openTab(sv.tabReport);
    const write = await screen.findByRole("button", { name: sv.reportWrite });
    expect(write.hasAttribute("disabled")).toBe(true);
    await userEvent.click(screen.getByRole("combobox", { name: sv.reportLedger }));
    await userEvent.click(screen.getByRole("option", { name: "Underlag2026" }));
    expect(write.hasAttribute("disabled")).toBe(false);
  });

  it("shows a host error in the user's language with a button to the offending cell", async () => {
    const where = { sheet: "Underlag", table: "Underlag", row: 7, columnName: "Utfall", address: "Underlag!D8" };
    const selected: string[] = [];
    const host = stubHost({
      reportChoices: async () => ({ ledgerTables: ["Underlag"], month: 8, unit: "tkr", rounding: "controlled" }),
      writeReport: async () => {
        throw new OitError("notANumber", { value: "tio" }, where);
      },
      selectCell: async (address) => {
        selected.push(address);
      },
    });
    show(host);
    await openTab(sv.tabReport);
    await userEvent.click(await screen.findByRole("button", { name: sv.reportWrite }));
    const said = `${sv.errorTitle} ”tio” i bladet Underlag, tabellen Underlag, rad 7, kolumn Utfall är inte ett tal`;
    expect((await messagesOnceShown(said)).filter((message) => message.startsWith(sv.errorTitle))).toEqual([said]);
    await userEvent.click(screen.getByRole("button", { name: `${sv.goToCell} Underlag!D8` }));
    expect(selected).toEqual(["Underlag!D8"]);
    // The failure carries every problem the report found: the workbook is not checked again for more.
    expect(host.calls).toEqual(["readKeySetup", "reportChoices", "writeReport", "selectCell"]);
  });

  it("shows the report's warnings in the language of Office, here en-US", async () => {
    const report = reportFromTables(workbook({ ledger: ledgerTable([["Nämndsarvoden", "Gemensam", "Kostnad", 1, 1, 1, 1]]) }));
    const host = stubHost({
      reportChoices: async () => ({ ledgerTables: ["Underlag"], month: 8, unit: "tkr", rounding: "controlled" }),
      writeReport: async () => ({ report, sheetName: "Rapport jan–aug 2027", skipped: [] }),
    });
    show(host, languageOf("en-US"));
    await openTab(en.tabReport);
    await userEvent.click(await screen.findByRole("button", { name: en.reportWrite }));
    const warning = `${en.reportWarnings} “Nämndsarvoden” is tagged Gemensam in sheet Underlag, table Underlag, but board fees are always the own costs of the municipality that elected the members`;
    // One shared line of 1 kr: the committee and the shared part (no own lines), a deviation of 0 tkr to split.
    const written = `${uiText("en", "reportWritten", { sheet: "Rapport jan–aug 2027", count: 2 })} Forecast deviation of the shared part: 0 tkr Borgholm: 0 tkr Mörbylånga: 0 tkr`;
    expect(await messagesOnceShown(warning)).toEqual([written, warning]);
  });

  it("says so when the workbook has no ledger table", async () => {
    const host = stubHost({ reportChoices: async () => ({ ledgerTables: [] }) });
    show(host, "en");
    await openTab(en.tabReport);
    expect(await messagesOnceShown(en.reportNoLedger)).toEqual(["The workbook has no table with the columns Rad, Fördelning, Utfall, Årsbudget and Årsprognos."]);
    expect(screen.getByRole("button", { name: en.reportWrite }).hasAttribute("disabled")).toBe(true);
  });

  it("shows an error of the host from the checks (not only engine errors)", async () => {
    const host = stubHost({
      runChecks: async () => {
        throw new Error("GeneralException: the workbook is busy");
      },
    });
    show(host);
    await openTab(sv.tabChecks);
    await userEvent.click(screen.getByRole("button", { name: sv.checksRun }));
    expect(await messagesOnceShown(`${sv.errorTitle} GeneralException: the workbook is busy`)).toEqual([`${sv.errorTitle} GeneralException: the workbook is busy`]);
  });

  it("shows each party's invoices as a table of its own, the settlement signed and worded", async () => {
    const plan: InvoicePlan = {
      year: 2027,
      host: "Borgholm",
      basis: "outcome",
      parties: [
        { party: "Borgholm", annual: 1001, quarters: [251, 250, 250, 250], actual: 1101, settlement: 100 },
        { party: "Mörbylånga", annual: 2000, quarters: [500, 500, 500, 500], actual: 1750, settlement: -250 },
        { party: "Kalmar", annual: 400, quarters: [100, 100, 100, 100], actual: 400, settlement: 0 },
      ],
    };
    const host = stubHost({ writeInvoices: async () => ({ plan, sheetName: "Fakturering 2027", skipped: [] }) });
    show(host);
    await openTab(sv.tabInvoices);
    await userEvent.click(screen.getByRole("button", { name: sv.invoicesWrite }));
    const rows = async (party: string) => rowsOf(await screen.findByRole("table", { name: uiText("sv", "invoicesPartyPlan", { party }) }));
    expect(await rows("Borgholm")).toEqual([
      ["Kvartal 1", "251"],
      ["Kvartal 2", "250"],
      ["Kvartal 3", "250"],
      ["Kvartal 4", "250"],
      ["Årsbelopp", "1 001"],
      ["Avräkning", `+100 ${sv.invoicesToInvoice}`],
    ]);
    expect((await rows("Mörbylånga")).slice(4)).toEqual([["Årsbelopp", "2 000"], ["Avräkning", `−250 ${sv.invoicesToCredit}`]]);
    expect((await rows("Kalmar")).slice(4)).toEqual([["Årsbelopp", "400"], ["Avräkning", "0"]]);
  });

  it("leaves the settlement out while the year has neither outcome nor forecast", async () => {
    const plan: InvoicePlan = { year: 2027, host: "Borgholm", basis: null, parties: [{ party: "Borgholm", annual: 4, quarters: [1, 1, 1, 1] }] };
    const host = stubHost({ writeInvoices: async () => ({ plan, sheetName: "Fakturering 2027", skipped: [] }) });
    show(host, "en");
    await openTab(en.tabInvoices);
    await userEvent.click(screen.getByRole("button", { name: en.invoicesWrite }));
    const table = await screen.findByRole("table", { name: uiText("en", "invoicesPartyPlan", { party: "Borgholm" }) });
    expect(rowsOf(table)).toEqual([["Quarter 1", "1"], ["Quarter 2", "1"], ["Quarter 3", "1"], ["Quarter 4", "1"], ["Annual amount", "4"]]);
  });

  it("shows each member's account in English, a proposed true-up only where one is due", async () => {
    const member = (party: string, settlement: number, proposedTrueUp?: number): MemberAccount => ({
      party,
      share: 0.5,
      advances: [250, 250, 250, 250],
      reinvoicing: { booked: 300, invoiced: 100, open: 200 },
      trueUps: [-40],
      ...(proposedTrueUp !== undefined && { proposedTrueUp }),
      actualCost: 1000 + settlement - 40,
      invoiced: 960,
      settlement,
      financing: null,
    });
    const value: MembersAccount = { year: 2027, throughMonth: 8, basis: "forecast", host: "Borgholm", members: [member("Borgholm", 0), member("Mörbylånga", 1250, -75)] };
    const host = stubHost({ writeAccount: async () => ({ value, sheetName: "Avräkning 2027", skipped: [] }), exitCandidates: async () => ["Mörbylånga"] });
    show(host, "en");
    await openTab(en.tabInvoices);
    await userEvent.click(screen.getByRole("button", { name: en.accountWrite }));
    const rows = async (party: string) => rowsOf(await screen.findByRole("table", { name: uiText("en", "accountParty", { party }) }));
    expect((await rows("Mörbylånga")).slice(4)).toEqual([
      [en.accountAdvances, "1,000"],
      [en.accountReinvoicingOpen, "200"],
      [en.accountTrueUps, "-40"],
      [en.accountProposedTrueUp, "-75"],
      [en.accountActualCost, "2,210"],
      [en.accountInvoiced, "960"],
      [en.invoicesSettlement, `+1,250 ${en.invoicesToInvoice}`],
    ]);
    expect((await rows("Borgholm")).map(([label]) => label)).not.toContain(en.accountProposedTrueUp);
    expect(paneText()).toContain("The settlement uses the full-year forecast.");
    expect(paneText()).not.toContain(en.invoicesBasisOutcome);
  });

  it("writes the exit of the member chosen, and shows what the remaining party carries before and after", async () => {
    const value: ExitSplit = {
      year: 2027,
      party: "Kalmar",
      host: "Borgholm",
      key: [],
      keyDecimals: 1,
      items: [],
      totals: [{ party: "Borgholm", amount: 10 }, { party: "Mörbylånga", amount: 20 }, { party: "Kalmar", amount: 30 }],
      remaining: [{ party: "Borgholm", before: 400, after: 700, lines: [] }, { party: "Mörbylånga", before: 500, after: 800, lines: [] }],
    };
    const chosen: string[] = [];
    const host = stubHost({
      exitCandidates: async () => ["Mörbylånga", "Kalmar"],
      writeExit: async (party: string) => (chosen.push(party), { value, sheetName: "Avveckling 2027", skipped: [] }),
    });
    show(host);
    await openTab(sv.tabInvoices);
    await userEvent.click(await screen.findByRole("combobox", { name: sv.exitParty }));
    await userEvent.click(await screen.findByRole("option", { name: "Kalmar" }));
    await userEvent.click(screen.getByRole("button", { name: sv.exitWrite }));
    const table = await screen.findByRole("table", { name: uiText("sv", "exitRemaining", { party: "Mörbylånga" }) });
    expect(chosen).toEqual(["Kalmar"]);
    expect(rowsOf(table)).toEqual([[sv.exitBefore, "500"], [sv.exitAfter, "800"]]);
    expect(rowsOf(screen.getByRole("table", { name: sv.exitTotals }))).toEqual([["Borgholm", "10"], ["Mörbylånga", "20"], ["Kalmar", "30"]]);
  });

  it("puts a finding's severity inside its message, next to the way to its cell", async () => {
    const where = { sheet: "Underlag", table: "Underlag", row: 3, columnName: "Utfall", address: "Underlag!D4" };
    const host = stubHost({ runChecks: async () => [{ severity: "warning", problem: new OitError("notANumber", { value: "tio" }, where) }] });
    show(host);
    await openTab(sv.tabChecks);
    await userEvent.click(screen.getByRole("button", { name: sv.checksRun }));
    const message = (await screen.findByText(/”tio” i bladet Underlag/)).closest(".fui-MessageBar") as HTMLElement;
    expect(words(message)).toBe(`${sv.severityWarning} ”tio” i bladet Underlag, tabellen Underlag, rad 3, kolumn Utfall är inte ett tal ${sv.goToCell}`);
    expect(buttonNames(message)).toEqual([`${sv.goToCell} Underlag!D4`]);
  });

  it.each([
    [false, true],
    [true, false],
  ])("says plainly when this Excel cannot run the functions (runs them: %s)", async (runs, warned) => {
    const docs = [{ id: "KEY", name: "OIT.NYCKEL", description: "Nyckeln.", parameters: [], example: "=OIT.NYCKEL(C2:C3; 1)" }];
    const inserted: [string, string][] = [];
    const host = stubHost({
      functionDocs: async () => docs,
      canRunFunctions: () => runs,
      insertFormula: async (formula: string, language: string) => void inserted.push([formula, language]),
    });
    show(host);
    await openTab(sv.tabFunctions);
    await userEvent.click(await screen.findByRole("button", { name: "OIT.NYCKEL" }));
    expect(screen.queryByText(sv.functionsUnavailable) !== null).toBe(warned);
    await userEvent.click(screen.getByRole("button", { name: `${sv.functionsInsert} =OIT.NYCKEL(C2:C3; 1)` }));
    // The example goes to Excel with the language it is written in, so the separators can follow Excel's settings.
    await waitFor(() => expect(inserted).toEqual([["=OIT.NYCKEL(C2:C3; 1)", "sv"]]));
  });
});
