/**
 * @jest-environment jsdom
 */
import "./jsdom";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { excelError } from "../../src/excel/messages";
import { uiStrings, uiText } from "../../src/i18n/strings";
import { App } from "../../src/taskpane/App";
import { xlsxNotice } from "../../src/xlsx/messages";
import { stubHost } from "./stubHost";

const sv = uiStrings.sv;
const en = uiStrings.en;

describe("Skicka en kopia, under Funktioner", () => {
  it("asks the host for the copy and says how many cells were frozen, with what still calls the add-in", async () => {
    const host = stubHost({
      functionDocs: async () => [],
      sendCopy: async () => ({ frozen: 12, warnings: [xlsxNotice("freezeRuleKeepsOit", { sheet: "Analys" })] }),
    });
    render(<App host={host} language="sv" />);
    await userEvent.click(screen.getByRole("tab", { name: sv.tabFunctions }));
    await userEvent.click(await screen.findByRole("button", { name: sv.sendCopyRun }));
    expect((await screen.findByText(uiText("sv", "sendCopyDone", { count: 12 }))).textContent).toContain("12 celler");
    expect(screen.getByText(/Villkorsstyrd formatering eller dataverifiering i bladet Analys/)).toBeTruthy();
    expect(host.calls.filter((call) => call === "sendCopy")).toHaveLength(1);
  });

  it("says so when there was nothing to freeze, in English too", async () => {
    const host = stubHost({ functionDocs: async () => [], sendCopy: async () => ({ frozen: 0, warnings: [] }) });
    render(<App host={host} language="en" />);
    await userEvent.click(screen.getByRole("tab", { name: en.tabFunctions }));
    await userEvent.click(await screen.findByRole("button", { name: en.sendCopyRun }));
    expect((await screen.findByText(en.sendCopyNothing)).closest(".fui-MessageBar")).not.toBeNull();
  });

  it("shows the reason when no copy could be made", async () => {
    const host = stubHost({ functionDocs: async () => [], sendCopy: async () => Promise.reject(excelError("sendCopyUnreadable", { reason: "Internal Error" })) });
    render(<App host={host} language="sv" />);
    await userEvent.click(screen.getByRole("tab", { name: sv.tabFunctions }));
    await userEvent.click(await screen.findByRole("button", { name: sv.sendCopyRun }));
    expect(await screen.findByText(/Excel lämnade inte ut arbetsboken som fil, så ingen kopia gjordes \(Internal Error\)/)).toBeTruthy();
    expect(screen.queryByText(/Kopian är öppnad/)).toBeNull();
  });
});
