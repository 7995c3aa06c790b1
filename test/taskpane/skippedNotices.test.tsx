/**
 * @jest-environment jsdom
 */
import "./jsdom";
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Notice } from "../../src/core/errors";
import { reportFromTables } from "../../src/core/report";
import type { InvoicePlan } from "../../src/core/invoicing/types";
import { excelNotice } from "../../src/excel/messages";
import { uiStrings, uiText } from "../../src/i18n/strings";
import { App } from "../../src/taskpane/App";
import { workbook } from "../core/report/fixtures";
import { messagesOnceShown, paneText } from "./read";
import { stubHost } from "./stubHost";

const SHEET = "Rapport jan–aug 2027";
const detail = "GeneralException: the zoom is not valid";
const skipped: Notice[] = [excelNotice("decorationsSkipped", { sheet: SHEET, detail })];

function iconOf(bar: Element): string {
  return bar.querySelector(".fui-MessageBar__icon")?.innerHTML ?? "";
}

/** The icon Fluent draws for an intent, so a bar's intent can be told from what it shows. */
function referenceIcon(intent: "warning" | "success"): string {
  const { container, unmount } = render(
    <MessageBar intent={intent}>
      <MessageBarBody>x</MessageBarBody>
    </MessageBar>
  );
  const icon = iconOf(container.querySelector(".fui-MessageBar")!);
  unmount();
  return icon;
}

it("tells a warning's icon from a success's (what the tests below rely on)", () => {
  expect(referenceIcon("warning")).not.toBe("");
  expect(referenceIcon("warning")).not.toBe(referenceIcon("success"));
});

describe("the pane after Excel refused a report's print settings or chart", () => {
  const report = reportFromTables(workbook());

  it.each([
    [
      "sv",
      `Bladet ”${SHEET}” är skrivet med alla siffror, men utskriftsinställningarna och diagrammet kunde inte läggas till: ${detail}. De kan vara delvis tillagda; kontrollera sidlayouten och diagrammet innan du skriver ut`,
    ],
    [
      "en",
      `The sheet “${SHEET}” is written with all its figures, but the print settings and the chart could not be added: ${detail}. They may be partly applied; check the page layout and the chart before printing`,
    ],
  ] as const)("shows the report as written and the skipped notice as a warning (%s)", async (language, sentence) => {
    const strings = uiStrings[language];
    const host = stubHost({
      reportChoices: async () => ({ ledgerTables: ["Underlag"], month: 8, unit: "tkr", rounding: "controlled" }),
      writeReport: async () => ({ report, sheetName: SHEET, skipped }),
    });
    render(<App host={host} language={language} />);
    await userEvent.click(screen.getByRole("tab", { name: strings.tabReport }));
    await userEvent.click(await screen.findByRole("button", { name: strings.reportWrite }));
    const warning = (await screen.findByText(sentence)).closest(".fui-MessageBar") as HTMLElement;
    expect(iconOf(warning)).toBe(referenceIcon("warning"));
    expect(paneText()).toContain(SHEET);
  });

  it("shows nothing of the kind when nothing was skipped", async () => {
    const host = stubHost({
      reportChoices: async () => ({ ledgerTables: ["Underlag"], month: 8, unit: "tkr", rounding: "controlled" }),
      writeReport: async () => ({ report, sheetName: SHEET, skipped: [] }),
    });
    render(<App host={host} language="sv" />);
    await userEvent.click(screen.getByRole("tab", { name: uiStrings.sv.tabReport }));
    await userEvent.click(await screen.findByRole("button", { name: uiStrings.sv.reportWrite }));
    await screen.findByText(new RegExp(`${SHEET}.*är skrivet`));
    expect(paneText()).not.toContain("kunde inte läggas till");
  });

  it("shows the invoices sheet's skipped print settings too", async () => {
    const plan: InvoicePlan = { year: 2027, host: "Borgholm", basis: null, parties: [{ party: "Borgholm", annual: 4, quarters: [1, 1, 1, 1] }] };
    const notice: Notice = excelNotice("printSettingsSkipped", { sheet: "Fakturering 2027", detail });
    const host = stubHost({ writeInvoices: async () => ({ plan, sheetName: "Fakturering 2027", skipped: [notice] }), exitCandidates: async () => [] });
    render(<App host={host} language="en" />);
    await userEvent.click(screen.getByRole("tab", { name: uiStrings.en.tabInvoices }));
    await userEvent.click(screen.getByRole("button", { name: uiStrings.en.invoicesWrite }));
    const sentence = `The sheet “Fakturering 2027” is written with all its figures, but the print settings could not be added: ${detail}. They may be partly applied; check the page layout before printing`;
    expect(await messagesOnceShown(sentence)).toEqual([uiText("en", "invoicesWritten", { sheet: "Fakturering 2027" }), sentence]);
  });
});
