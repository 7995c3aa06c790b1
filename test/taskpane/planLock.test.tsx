/**
 * @jest-environment jsdom
 */
import "./jsdom";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { planFromTables } from "../../src/core/plan";
import { uiStrings } from "../../src/i18n/strings";
import { App } from "../../src/taskpane/App";
import { keys, settings, table } from "../core/plan/tables";
import { paneText } from "./read";
import { stubHost } from "./stubHost";

const plan = planFromTables([
  settings(),
  keys([
    [2025, "Borgholm", 0.456],
    [2025, "Mörbylånga", 0.544],
  ]),
  table("Budgetplan", ["Rad", "Fördelning", "Budget 2025", "Plan 2026"], [
    ["Personal", "Gemensam", 1000, 1100],
    ["Intäkter från Mörbylånga kommun", "Borgholm", -500, -600],
  ]),
]);
// Fluent's components render slowly in jsdom on a loaded machine: several clicks per test.
jest.setTimeout(60_000);

const choices = async () => ({ ledgerTables: ["Underlag"], month: 8, unit: "tkr" as const, rounding: "controlled" as const });

describe("Budget och plan and Lås prognos in the Rapport view", () => {
  it.each(["sv", "en"] as const)("writes the plan sheet and shows each year's split by the key and the financing difference (%s)", async (language) => {
    const strings = uiStrings[language];
    const host = stubHost({ reportChoices: choices, writePlan: async () => ({ value: plan, sheetName: "Budget och plan 2025–2026", skipped: [] }) });
    render(<App host={host} language={language} />);
    await userEvent.click(screen.getByRole("tab", { name: strings.tabReport }));
    await userEvent.click(await screen.findByRole("button", { name: strings.planWrite }));
    await screen.findByText(/Budget och plan 2025–2026/);
    expect(host.calls).toContain("writePlan");
    // 1 000 by 45,6 % / 54,4 %, and the plan year by the 2025 key: 1 100 → 502 / 598.
    expect(paneText()).toMatch(/Budget 2025: Borgholm 456 tkr/);
    expect(paneText()).toMatch(/Plan 2026: Mörbylånga 598 tkr/);
    expect(paneText()).toContain(language === "sv" ? "Finansieringen från Mörbylånga i Budget 2025" : "The financing from Mörbylånga in Budget 2025");
  });

  it("locks the forecast under the name the economist types, and says what it locked", async () => {
    const labels: string[] = [];
    const host = stubHost({
      reportChoices: choices,
      lockForecast: async (label: string) => {
        labels.push(label);
        return { version: label, rows: 14 };
      },
    });
    render(<App host={host} language="sv" />);
    await userEvent.click(screen.getByRole("tab", { name: uiStrings.sv.tabReport }));
    const button = await screen.findByRole("button", { name: uiStrings.sv.lockWrite });
    expect(button.hasAttribute("disabled")).toBe(true);
    await userEvent.type(screen.getByRole("textbox", { name: uiStrings.sv.lockLabel }), "T2 2027");
    await userEvent.click(button);
    await screen.findByText("Låste ”T2 2027”: 14 rader i tabellen Prognoshistorik.");
    expect(labels).toEqual(["T2 2027"]);
  });

  it("compares the report with the latest locked version by default, another by choice, and with one locked here once it is", async () => {
    const compared: (string | undefined)[] = [];
    const host = stubHost({
      reportChoices: async () => ({ ...(await choices()), versions: ["T1 2027", "T2 2027"] }),
      // What the report was asked for is all this test needs: the host then stops as it does on bad input.
      writeReport: async (options) => {
        compared.push(options.compare);
        throw new Error("stopped here");
      },
      lockForecast: async (label: string) => ({ version: label, rows: 14 }),
    });
    render(<App host={host} language="sv" />);
    await userEvent.click(screen.getByRole("tab", { name: uiStrings.sv.tabReport }));
    const since = await screen.findByRole("combobox", { name: uiStrings.sv.reportCompare });
    expect(since.textContent).toBe("T2 2027");
    const write = screen.getByRole("button", { name: uiStrings.sv.reportWrite });
    const writeReport = async () => {
      await userEvent.click(write);
      await waitFor(() => expect(write.hasAttribute("disabled")).toBe(false));
    };
    await writeReport();
    await userEvent.click(since);
    await userEvent.click(screen.getByRole("option", { name: "T1 2027" }));
    await writeReport();
    await userEvent.type(screen.getByRole("textbox", { name: uiStrings.sv.lockLabel }), "T3 2027");
    await userEvent.click(screen.getByRole("button", { name: uiStrings.sv.lockWrite }));
    await screen.findByText("Låste ”T3 2027”: 14 rader i tabellen Prognoshistorik.");
    expect(since.textContent).toBe("T3 2027");
    await writeReport();
    expect(compared).toEqual([undefined, "T1 2027", undefined]);
  });
});
