/**
 * @jest-environment jsdom
 */
import "./jsdom";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe as sentence } from "../../src/core/messages";
import { excelError } from "../../src/excel/messages";
import { uiStrings, uiText } from "../../src/i18n/strings";
import { App } from "../../src/taskpane/App";
import { xlsxNotice } from "../../src/xlsx/messages";
import { messagesOnceShown } from "./read";
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
    const done = uiText("sv", "sendCopyDone", { count: 12 });
    expect(done).toContain("12 celler");
    const warning = sentence(xlsxNotice("freezeRuleKeepsOit", { sheet: "Analys" }), "sv");
    expect(warning).toMatch(/^Villkorsstyrd formatering eller dataverifiering i bladet Analys/);
    expect(await messagesOnceShown(done)).toEqual([done, warning]);
    expect(host.calls.filter((call) => call === "sendCopy")).toHaveLength(1);
  });

  it("says so when there was nothing to freeze, in English too", async () => {
    const host = stubHost({ functionDocs: async () => [], sendCopy: async () => ({ frozen: 0, warnings: [] }) });
    render(<App host={host} language="en" />);
    await userEvent.click(screen.getByRole("tab", { name: en.tabFunctions }));
    await userEvent.click(await screen.findByRole("button", { name: en.sendCopyRun }));
    expect(await messagesOnceShown(en.sendCopyNothing)).toEqual([en.sendCopyNothing]);
  });

  it("shows the reason when no copy could be made", async () => {
    const host = stubHost({ functionDocs: async () => [], sendCopy: async () => Promise.reject(excelError("sendCopyUnreadable", { reason: "Internal Error" })) });
    render(<App host={host} language="sv" />);
    await userEvent.click(screen.getByRole("tab", { name: sv.tabFunctions }));
    await userEvent.click(await screen.findByRole("button", { name: sv.sendCopyRun }));
    const reason = sentence(excelError("sendCopyUnreadable", { reason: "Internal Error" }), "sv");
    expect(reason).toMatch(/^Excel lämnade inte ut arbetsboken som fil, så ingen kopia gjordes \(Internal Error\)/);
    // Only the failure: no "Kopian är öppnad".
    expect(await messagesOnceShown(`${sv.errorTitle} ${reason}`)).toEqual([`${sv.errorTitle} ${reason}`]);
  });
});
