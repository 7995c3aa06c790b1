/**
 * @jest-environment jsdom
 */
import "./jsdom";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { OitError } from "../../src/core/errors";
import { describe as sentence } from "../../src/core/messages";
import { excelError } from "../../src/excel/messages";
import { uiStrings, uiText } from "../../src/i18n/strings";
import { App } from "../../src/taskpane/App";
import type { ImportPreview, ImportSource, PaneHost } from "../../src/taskpane/host";
import { messages, messagesOnceShown, tableRows, words } from "./read";
import { stubHost } from "./stubHost";

const sv = uiStrings.sv;
const en = uiStrings.en;

const unmappedCodes = { account: "5999", responsibility: "1700" };

function preview(overrides: Partial<ImportPreview> = {}): ImportPreview {
  return {
    recognition: {
      format: "csv",
      source: "huvudbok.csv",
      encoding: "windows-1252",
      delimiter: ";",
      decimalSeparator: ",",
      headerLine: 3,
      titleLines: ["Huvudbok IT-nämnd", "Period 2027-01 – 2027-08"],
      year: 2027,
      columns: [
        { meaning: "account", header: "Konto", column: 1 },
        { meaning: "responsibility", header: "Kostnadsställe", column: 2 },
        { meaning: "outcome", header: "Utfall ack", column: 4 },
      ],
      records: 84,
    },
    amountColumns: ["outcome"],
    mappedCount: 40,
    excludedCount: 3,
    unmapped: [{ codes: unmappedCodes, accountText: "Övriga kostnader", amounts: { outcome: 1234.5 }, records: 2 }],
    reconciliation: [{ column: "outcome", export: -20086123.45, mapped: -20010000.12, excluded: -77357.83, unmapped: 1234.5 }],
    warnings: [],
    drafts: [],
    problem: new OitError("missingTable", { table: "x", found: "y" }),
    ...overrides,
  };
}

const complete = preview({
  unmapped: [],
  mappedCount: 41,
  reconciliation: [{ column: "outcome", export: -20086123.45, mapped: -20008765.62, excluded: -77357.83, unmapped: 0 }],
  problem: null,
});

function show(host: PaneHost, language: "sv" | "en" = "sv") {
  return render(<App host={host} language={language} />);
}

async function openImport(language: "sv" | "en" = "sv") {
  await userEvent.click(screen.getByRole("tab", { name: uiStrings[language].tabImport }));
}

async function chooseFile(name: string, content: string) {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
  await userEvent.upload(input, new File([content], name, { type: "text/csv" }));
}

describe("the Import view", () => {
  it("reads the chosen file's bytes and shows what was recognised, the code strings without a rule and the reconciliation", async () => {
    const sources: ImportSource[] = [];
    const host = stubHost({
      importTables: async () => [],
      previewImport: async (source) => {
        sources.push(source);
        return preview();
      },
    });
    show(host);
    await openImport();
    await chooseFile("huvudbok.csv", "Konto;Utfall ack\n5999;1234,50\n");
    await screen.findByRole("table", { name: sv.importRecognised });
    expect(sources).toHaveLength(1);
    const [source] = sources as Extract<ImportSource, { kind: "file" }>[];
    expect({ kind: source.kind, fileName: source.fileName, text: String.fromCharCode(...source.bytes) }).toEqual({
      kind: "file",
      fileName: "huvudbok.csv",
      text: "Konto;Utfall ack\n5999;1234,50\n",
    });
    expect(tableRows(sv.importRecognised)).toEqual([
      ["Format", "CSV/text (huvudbok.csv)"],
      ["Teckenkodning", "Windows-1252"],
      ["Avgränsare", "semikolon"],
      ["Decimaltecken", "komma"],
      ["Rubrikrad", "rad 3"],
      ["Titelrader ovanför", "2"],
      ["År", "2027"],
      ["Lästa rader", "84"],
    ]);
    expect(within(screen.getByRole("list", { name: sv.importColumns })).getAllByRole("listitem").map(words)).toEqual([
      "Konto → Konto",
      "Kostnadsställe → Ansvar",
      "Utfall ack → Utfall",
    ]);
    const unmapped = within(screen.getByRole("list", { name: sv.importUnmappedList })).getAllByRole("listitem");
    expect(unmapped.map(words)).toEqual(["Konto 5999, Ansvar 1700 Övriga kostnader Utfall 1 234,50 Lägg till regel"]);
    expect(messages()[0]).toMatch(new RegExp(`^${uiText("sv", "importUnmappedTitle", { count: 1 })} ${sv.importUnmappedIntro}`));
    expect(tableRows(uiText("sv", "importReconciliationOf", { column: "Utfall" }))).toEqual([
      ["Exporten", "−20 086 123,45"],
      ["I underlaget", "−20 010 000,12"],
      ["Exkluderas", "−77 357,83"],
      ["Utan regel", "1 234,50"],
    ]);
    expect(messages()[1]).toBe(sv.importReconcilesNot);
    expect(screen.getByRole("button", { name: sv.importWrite }).hasAttribute("disabled")).toBe(true);
    expect(screen.getByRole("button", { name: sv.importWrite }).nextElementSibling?.textContent).toBe(sv.importWriteBlocked);
  });

  it("turns an unmapped code string into a draft rule, reads again and writes the ledger once all are mapped", async () => {
    const sources: ImportSource[] = [];
    let rules = 0;
    const host = stubHost({
      importTables: async () => [],
      previewImport: async (source) => {
        sources.push(source);
        return rules === 0 ? preview() : complete;
      },
      addDraftRule: async (codes) => {
        expect(codes).toEqual(unmappedCodes);
        rules++;
        return { sheet: "Inställningar", row: 5, created: false, address: "Inställningar!L6" };
      },
      writeImportedLedger: async (source) => {
        sources.push(source);
        return { preview: complete, sheetName: "Underlag", replaced: true, rows: 41 };
      },
    });
    show(host);
    await openImport();
    await chooseFile("huvudbok.csv", "Konto;Utfall\n");
    await userEvent.click(await screen.findByRole("button", { name: uiText("sv", "importAddRuleFor", { codes: "Konto 5999, Ansvar 1700" }) }));
    // The list stays as read, the code string saying where its draft went: all can be added before reading again.
    const item = () => within(screen.getByRole("list", { name: sv.importUnmappedList })).getAllByRole("listitem").map(words);
    await waitFor(() =>
      expect(item()).toEqual([
        `Konto 5999, Ansvar 1700 Övriga kostnader Utfall 1 234,50 ${uiText("sv", "importRuleAdded", { row: 5, sheet: "Inställningar" })}`,
      ])
    );
    expect(screen.queryByRole("button", { name: /Lägg till en regel/ })).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: sv.importReadAgain }));
    await waitFor(() => expect(screen.queryByRole("list", { name: sv.importUnmappedList })).toBeNull());
    expect(messages()).toEqual([sv.importReconciles]);
    const write = screen.getByRole("button", { name: sv.importWrite });
    expect(write.hasAttribute("disabled")).toBe(false);
    await userEvent.click(write);
    const written = `${uiText("sv", "importWritten", { sheet: "Underlag", rows: 41 })} ${sv.importReplaced}`;
    expect(await messagesOnceShown(written)).toEqual([sv.importReconciles, written]);
    // The same file each time: the read after the rule and the write map it by the rules as they are then.
    expect(sources.map((s) => s.kind === "file" && s.fileName)).toEqual(["huvudbok.csv", "huvudbok.csv", "huvudbok.csv"]);
    // (The key view, shown first, asked for the key before the Import tab was chosen.)
    expect(host.calls).toEqual(["readKeySetup", "importTables", "previewImport", "addDraftRule", "previewImport", "writeImportedLedger"]);
  });

  it("says where the table Mappning was made when the workbook had none", async () => {
    const host = stubHost({
      importTables: async () => [],
      previewImport: async () => preview(),
      addDraftRule: async () => ({ sheet: "Mappning", row: 1, created: true, address: "Mappning!F2" }),
    });
    show(host, "en");
    await openImport("en");
    await chooseFile("export.csv", "x");
    await userEvent.click(await screen.findByRole("button", { name: uiText("en", "importAddRuleFor", { codes: "Konto 5999, Ansvar 1700" }) }));
    const list = () => within(screen.getByRole("list", { name: en.importUnmappedList })).getAllByRole("listitem").map(words);
    await waitFor(() =>
      expect(list()).toEqual([
        "Konto 5999, Ansvar 1700 Övriga kostnader Outcome (Utfall) 1,234.50 The table Mappning was created on the sheet Mappning with a rule: fill in Rad and Fördelning, then read again.",
      ])
    );
  });

  it("reads a table of the workbook when one is chosen", async () => {
    const sources: ImportSource[] = [];
    const host = stubHost({
      importTables: async () => ["Export", "Huvudbok2027"],
      previewImport: async (source) => {
        sources.push(source);
        return complete;
      },
    });
    show(host);
    await openImport();
    const read = await screen.findByRole("button", { name: sv.importReadTable });
    expect(read.hasAttribute("disabled")).toBe(true);
    await userEvent.click(screen.getByRole("combobox", { name: sv.importTable }));
    await userEvent.click(screen.getByRole("option", { name: "Huvudbok2027" }));
    await userEvent.click(read);
    await screen.findByRole("table", { name: sv.importRecognised });
    expect(sources).toEqual([{ kind: "table", table: "Huvudbok2027" }]);
  });

  it("in English, says that a user's own Underlag is not overwritten and offers nothing that would", async () => {
    const refusal = new OitError("ledgerTableIsUsers", { table: "Underlag", sheet: "Mitt underlag" });
    const host = stubHost({
      importTables: async () => [],
      previewImport: async () => complete,
      writeImportedLedger: async () => {
        throw refusal;
      },
    });
    show(host, "en");
    await openImport("en");
    await chooseFile("export.csv", "x");
    await userEvent.click(await screen.findByRole("button", { name: en.importWrite }));
    const said = `${en.errorTitle} ${sentence(refusal, "en")}`;
    expect(said).toMatch(/^That did not work The table Underlag on the sheet “Mitt underlag” is your own, not the add-in's, so the import does not overwrite it/);
    expect(await messagesOnceShown(said)).toEqual([en.importReconciles, said]);
    const bar = document.querySelectorAll<HTMLElement>(".fui-MessageBar")[1];
    expect(within(bar).queryAllByRole("button")).toEqual([]);
  });

  it("shows the warnings of the import and the problem when it is not an unmapped code string", async () => {
    const problem = new OitError("missingTable", { table: "Mappning", found: "Export" }, { table: "Mappning" });
    const warning = { code: "missingTable" as const, params: { table: "Prognos", found: "–" } };
    const host = stubHost({ importTables: async () => [], previewImport: async () => preview({ unmapped: [], problem, warnings: [warning] }) });
    show(host);
    await openImport();
    await chooseFile("export.csv", "x");
    const problemSaid = `${sv.errorTitle} ${sentence(problem, "sv")}`;
    expect(await messagesOnceShown(problemSaid)).toEqual([problemSaid, sv.importReconcilesNot, `${sv.reportWarnings} ${sentence(warning, "sv")}`]);
  });

  it("lists the drafts still to finish above every code string still without a rule, in one read", async () => {
    const draft = { code: "mappingDraftRule" as const, params: { row: 5, table: "Mappning", codes: "Konto 5999, Ansvar 1700" } };
    const unmapped = [...preview().unmapped, { codes: { account: "6110", responsibility: "1700" }, amounts: { outcome: 10 }, records: 1 }];
    const problem = new OitError("unmappedCodeStringsDrafts", { table: "Mappning" }, undefined, [draft]);
    const host = stubHost({ importTables: async () => [], previewImport: async () => preview({ drafts: [draft], unmapped, problem }) });
    show(host);
    await openImport();
    await chooseFile("export.csv", "x");
    const draftSaid = `${sv.importDrafts} ${sentence(draft, "sv")}`;
    expect((await messagesOnceShown(draftSaid))[0]).toBe(draftSaid);
    const listed = within(screen.getByRole("list", { name: sv.importUnmappedList })).getAllByRole("listitem").map(words);
    expect(listed).toEqual(["Konto 5999, Ansvar 1700 Övriga kostnader Utfall 1 234,50 Lägg till regel", "Konto 6110, Ansvar 1700 Utfall 10,00 Lägg till regel"]);
  });

  it("filters the ledger to the selected report line, and says what to select when the selection is no line", async () => {
    let selectionIsLine = true;
    const host = stubHost({
      importTables: async () => [],
      showLedgerRowsOfSelection: async () => {
        if (!selectionIsLine) throw excelError("selectReportLine", { sheet: "Blad1" });
        return { line: "Personalkostnader", allocation: "Gemensam", rows: 2, sheet: "Underlag" };
      },
      showAllLedgerRows: async () => undefined,
    });
    show(host);
    await openImport();
    await userEvent.click(screen.getByRole("button", { name: sv.importTraceShow }));
    const shown = "Underlag visar 2 rader för Personalkostnader (Gemensam).";
    expect(await messagesOnceShown(shown)).toEqual([shown]);
    await userEvent.click(screen.getByRole("button", { name: sv.importTraceAll }));
    expect(await messagesOnceShown(sv.importTraceAllShown)).toEqual([sv.importTraceAllShown]);
    selectionIsLine = false;
    await userEvent.click(screen.getByRole("button", { name: sv.importTraceShow }));
    const what = sentence(excelError("selectReportLine", { sheet: "Blad1" }), "sv");
    expect(what).toMatch(/^Markera en rad i en av rapportens tabeller/);
    expect(await messagesOnceShown(what)).toEqual([what]);
  });
});
