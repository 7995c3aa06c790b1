/**
 * @jest-environment jsdom
 */
// issue 12, point 3: a failed report lists every bad row of the ledger it read, without reading the workbook again.
import "./jsdom";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { generateReport } from "../../src/excel/generateReport";
import { uiStrings } from "../../src/i18n/strings";
import { App } from "../../src/taskpane/App";
import { excelHost } from "../../src/taskpane/excelHost";
import { installFakeOffice } from "../fakes";
import { ledgerTable, smallLedger, workbook } from "../core/report/fixtures";

const sv = uiStrings.sv;
const en = uiStrings.en;

// The whole pane over the real Office adapter and the fake workbook: slower than a stubbed host, more so on a
// loaded machine, so the waits are generous (they only bound a wait, they do not time anything).
const patience = { timeout: 15_000 };
jest.setTimeout(60_000);

/** The small ledger with three bad rows: an amount that is not a number, a party not in the key, a blank line. */
const threeBad = [
  smallLedger[0],
  ["Personalkostnader", "Gemensam", "Kostnad", 4000400, "tre miljoner", 6000000, 5899800],
  smallLedger[2],
  ["Licenser", "Kalmar", "Kostnad", 1000000, 1120000, 1500000, 1620000],
  [null, "Borgholm", "Kostnad", 10, 10, 10, 10],
];

/** 25 rows whose Utfall is text: more than the pane shows. */
const manyBad = Array.from({ length: 25 }, (_, i) => [`Rad ${i}`, "Gemensam", "Kostnad", 1, `x${i}`, 1, 1]);

function words(element: HTMLElement): string {
  return (element.textContent ?? "").replace(/\s+/g, " ").trim();
}

/** The problems of the report's failure, in order: what each says, and the cell its button goes to. */
function problems(): { text: string; cell: string | null }[] {
  const list = screen.getByRole("region", { name: /fel hittades|problems found/ });
  return within(list)
    .getAllByRole("listitem")
    .map((item) => ({ text: words(within(item).getByText(/./, { selector: ".fui-MessageBarBody" })), cell: within(item).getByRole("button").getAttribute("aria-label") }));
}

/** Syncs of the report alone on the same workbook: what the pane's click may cost, and no more. */
async function reportSyncs(rows: unknown[][]): Promise<number> {
  const alone = installFakeOffice(globalThis, { tables: workbook({ ledger: ledgerTable(rows) }) });
  await expect(generateReport()).rejects.toThrow();
  return alone.syncs;
}

async function failReport(rows: unknown[][], language: "sv" | "en") {
  const expectedSyncs = await reportSyncs(rows);
  const host = installFakeOffice(globalThis, { tables: workbook({ ledger: ledgerTable(rows) }) }, { displayLanguage: language === "sv" ? "sv-SE" : "en-US" });
  render(<App host={excelHost} language={language} />);
  const strings = language === "sv" ? sv : en;
  await userEvent.click(screen.getByRole("tab", { name: strings.tabReport }));
  const write = await screen.findByRole("button", { name: strings.reportWrite }, patience);
  await waitFor(() => expect(write.hasAttribute("disabled")).toBe(false), patience);
  const before = host.syncs;
  await userEvent.click(write);
  await screen.findByRole("region", { name: /fel hittades|problems found/ }, patience);
  return { host, syncsOfClick: host.syncs - before, expectedSyncs };
}

describe("the report view, on a ledger with bad rows (fake Excel host)", () => {
  it("lists the three bad rows, each with its place and its way to the cell, from the one read", async () => {
    const { host, syncsOfClick, expectedSyncs } = await failReport(threeBad, "sv");
    const found = screen.getByRole("region", { name: "Det gick inte: 3 fel hittades" });
    expect(within(found).getByRole("status").textContent).toBe("Det gick inte: 3 fel hittades");
    expect(problems()).toEqual([
      { text: "”tre miljoner” i bladet Underlag, tabellen Underlag, rad 2, kolumn Utfall jan–aug är inte ett tal", cell: `${sv.goToCell} Underlag!E3` },
      { text: "Fördelningen ”Kalmar” på rad 4 i tabellen Underlag (bladet Underlag, Underlag!B5) är varken Gemensam eller en part. Tillåtna värden: Gemensam, Borgholm, Mörbylånga", cell: `${sv.goToCell} Underlag!B5` },
      { text: "Rad 5 i tabellen Underlag (bladet Underlag, Underlag!A6) har värden men ingen ”Rad”", cell: `${sv.goToCell} Underlag!A6` },
    ]);
    expect(screen.queryByText(/och \d+ till/)).toBeNull();
    // The report read the workbook once; nothing read it again to find the other rows.
    expect(syncsOfClick).toBe(expectedSyncs);
    await userEvent.click(screen.getByRole("button", { name: `${sv.goToCell} Underlag!B5` }));
    expect(host.selection).toMatchObject({ sheet: host.sheet("Underlag"), rect: { row: 4, column: 1, rowCount: 1, columnCount: 1 } });
    expect(host.activeSheet().name).toBe("Underlag");
  });

  it("shows the first ten of many, then how many more, in English", async () => {
    await failReport(manyBad, "en");
    const shown = problems();
    expect(shown.map(({ text }) => /^“(x\d+)” in sheet Underlag, table Underlag, row (\d+)/.exec(text)?.slice(1))).toEqual(Array.from({ length: 10 }, (_, i) => [`x${i}`, `${i + 1}`]));
    expect(shown.map(({ cell }) => cell)).toEqual(Array.from({ length: 10 }, (_, i) => `${en.goToCell} Underlag!E${i + 2}`));
    expect(screen.getAllByText(/… and \d+ more/).map((line) => line.textContent)).toEqual(["… and 15 more"]);
  });
});
