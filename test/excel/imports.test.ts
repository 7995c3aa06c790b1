import type { OitError } from "../../src/core/errors";
import { describe as sentence } from "../../src/core/messages";
import { MAPPING_HEADERS, importFromTables, ledgerSheetRows, readExportFile, importSettingsOf, type ImportSource } from "../../src/core/import";
import { LEDGER_MARKER_NAME } from "../../src/core/report/marker";
import type { TableData } from "../../src/core/workbook/types";
import { importTables, previewImport, writeImportedLedger } from "../../src/excel/imports";
import { ADD_DRAFT_RULE_SYNCS, addDraftRule } from "../../src/excel/mappingRules";
import { READ_WORKBOOK_SYNCS } from "../../src/excel/readWorkbook";
import { WRITE_LEDGER_SYNCS } from "../../src/excel/writeLedger";
import { installFakeOffice, type FakeExcelHost, type FakeWorkbookSeed } from "../fakes";
import { keysTable, settingsTable, standardSettings, table } from "../core/report/fixtures";
import { failure } from "./rejection";

/** A financial system's export: a title line, then the header; one code string (4010, 1710) no rule takes. */
const exportCsv = [
  "Huvudbok IT-nämnd jan–aug 2027",
  "Konto;Ansvar;Kontotext;Budget helår;Utfall ack;Prognos helår",
  "3451;1700;Intäkter bolag;-300 000;-250 000,00;-360 000",
  "5010;1700;Löner;6 000 000;3 899 600,50;5 899 800",
  "5020;1790;Arvoden;150 000;90 000;150 000",
  "1930;1700;Bank;0;12 345,67;0",
  "4010;1710;Licenser;1 500 000;1 120 000;1 620 000",
].join("\n");

const file: Extract<ImportSource, { kind: "file" }> = { kind: "file", fileName: "huvudbok.csv", bytes: new TextEncoder().encode(exportCsv) };

const rules = [
  ["3451-3453", "1700", "Intäkter kommunala bolag", "Gemensam"],
  ["5*", "1700", "Personalkostnader", "Gemensam"],
  ["5020", "1790", "Nämndsarvoden", "Borgholm"],
  ["1000-2999", "", "", "Exkluderas"],
];

function mapping(rows: unknown[][] = rules): TableData {
  return table("Mappning", ["Konto", "Ansvar", "Rad", "Fördelning"], rows, "Regler", { row: 1, column: 0 });
}

const prognos = table("Prognos", ["Rad", "Fördelning", "Årsprognos", "Kommentar"], [["Personalkostnader", "Gemensam", 5800000, "vakans"]], "Prognos", { row: 1, column: 0 });

function workbook(extra: TableData[] = [mapping()], sheets: FakeWorkbookSeed["sheets"] = []): FakeExcelHost {
  return installFakeOffice(globalThis, {
    sheets,
    tables: [settingsTable(standardSettings), keysTable(), prognos, ...extra],
  });
}

/** The import as the engine makes it from the same tables: what the adapter must show and write. */
function expectedImport(tables: TableData[]) {
  return importFromTables(tables, readExportFile(file.bytes, file.fileName, importSettingsOf(tables)));
}

function tableValues(host: FakeExcelHost, name: string) {
  const t = host.findTable(name)!;
  return host.valuesAt(t.sheet, { row: t.headerRow, column: t.column, rowCount: t.rowCount + 1, columnCount: t.columnCount });
}

/** The economist completes the draft in the table's last row: Rad and Fördelning. */
function completeLastRule(host: FakeExcelHost, line: string, allocation: string) {
  const t = host.findTable("Mappning")!;
  const headers = tableValues(host, "Mappning")[0];
  const row = t.headerRow + t.rowCount;
  for (const [header, value] of [["Rad", line], ["Fördelning", allocation]]) {
    const column = t.column + headers.indexOf(header);
    t.sheet.cells.set(`${row},${column}`, { ...host.cellAt(t.sheet, row, column), value });
  }
}

describe("previewImport", () => {
  it("gives what the engine finds in the export with the workbook's rules, in numbers, and writes nothing", async () => {
    const host = workbook();
    const preview = await previewImport(file);
    const expected = expectedImport([settingsTable(standardSettings), keysTable(), prognos, mapping()]);
    expect(preview.recognition).toEqual(expected.recognition);
    expect(preview.unmapped).toEqual([
      { codes: { account: "4010", responsibility: "1710" }, accountText: "Licenser", amounts: { annualBudget: 1500000, outcome: 1120000, forecast: 1620000 }, records: 1 },
    ]);
    expect({ mapped: preview.mappedCount, excluded: preview.excludedCount }).toEqual({ mapped: 3, excluded: 1 });
    const outcome = preview.reconciliation.find((entry) => entry.column === "outcome")!;
    expect(outcome).toEqual({ column: "outcome", export: 4871946.17, mapped: 3739600.5, excluded: 12345.67, unmapped: 1120000 });
    expect(preview.problem).toMatchObject({ code: "unmappedCodeStrings" });
    expect(host.writes).toEqual([]);
    // Small tables come whole with their headers: one sync fewer than the documented most.
    expect(host.syncs).toBe(READ_WORKBOOK_SYNCS - 1);
  });

  it("with no Mappning table yet, lists every code string as unmapped instead of stopping", async () => {
    workbook([]);
    const preview = await previewImport(file);
    expect(preview.unmapped.map((row) => row.codes.account)).toEqual(["3451", "5010", "5020", "1930", "4010"]);
    expect(preview.reconciliation.every((entry) => entry.unmapped === entry.export)).toBe(true);
  });

  it("reads a table of the workbook as the export, and offers only tables that are not the contract's", async () => {
    const lines = exportCsv.split("\n").slice(2).map((line) => line.split(";"));
    const exportTable = table("Export", ["Konto", "Ansvar", "Kontotext", "Budget helår", "Utfall ack", "Prognos helår"], lines, "Export", { row: 1, column: 0 });
    workbook([mapping(), exportTable]);
    expect(await importTables()).toEqual(["Export"]);
    const preview = await previewImport({ kind: "table", table: "Export" });
    expect(preview.recognition.format).toBe("xlsx");
    expect(preview.unmapped.map((row) => row.codes)).toEqual([{ account: "4010", responsibility: "1710" }]);
  });
});

describe("a draft rule not yet completed", () => {
  it("is listed as a draft to finish, beside every code string still unmapped with its amounts, instead of stopping the read", async () => {
    const host = workbook();
    await addDraftRule({ account: "4010", responsibility: "1710" });
    const twoUnmapped = { ...file, bytes: new TextEncoder().encode(`${exportCsv}\n6110;1700;Resor;10 000;5 000,25;10 000`) };
    const preview = await previewImport(twoUnmapped);
    expect(preview.drafts.map((notice) => sentence(notice, "sv"))).toEqual([
      "Regeln på rad 5 i tabellen Mappning (Konto 4010, Ansvar 1710) är ett utkast som ännu inte gäller: fyll i Rad och Fördelning, eller ta bort raden",
    ]);
    expect(preview.unmapped.map((row) => [row.codes, row.amounts.outcome])).toEqual([
      [{ account: "4010", responsibility: "1710" }, 1120000],
      [{ account: "6110", responsibility: "1700" }, 5000.25],
    ]);
    expect(preview.problem).toMatchObject({ code: "unmappedCodeStringsDrafts", params: { count: 2, drafts: 1 } });
    expect(host.findTable("Mappning")!.rowCount).toBe(rules.length + 1);
  });

  it("alone (every code string mapped by a later rule) still stops the write, naming the draft", async () => {
    workbook([mapping([...rules, ["6*", "", "", ""], ["*", "", "Övrigt", "Gemensam"]])]);
    const error = await failure(writeImportedLedger(file));
    expect(error).toMatchObject({ code: "mappingDrafts", params: { count: 1 } });
    expect(sentence(error as OitError, "en")).toContain("the rule on row 5 of the table Mappning (Konto 6*) is a draft");
  });
});

describe("addDraftRule", () => {
  it("appends the code string's rule under the last one, Rad and Fördelning blank, the codes kept as text, its Rad cell selected", async () => {
    const host = workbook([mapping()], [{ name: "Regler", values: [[], [], [], [], [], [], [], ["en anteckning under reglerna"]] }]);
    const added = await addDraftRule({ account: "0410", responsibility: "1710" });
    expect(added).toEqual({ sheet: "Regler", row: 5, created: false, address: "Regler!C6" });
    expect(tableValues(host, "Mappning").slice(-2)).toEqual([rules[3], ["0410", "1710", "", ""]]);
    // What stood under the table moved down with it, as Excel inserts the row.
    expect(host.valuesAt(host.sheet("Regler"), { row: 7, column: 0, rowCount: 2, columnCount: 1 })).toEqual([[""], ["en anteckning under reglerna"]]);
    expect(host.selection).toMatchObject({ sheet: host.sheet("Regler"), rect: { row: 5, column: 2 } });
    expect(host.syncs).toBe(ADD_DRAFT_RULE_SYNCS);
    expect(new Set(host.writes.map((entry) => entry.sheet))).toEqual(new Set(["Regler"]));
  });

  it("makes the table Mappning on Inställningar, right of what the sheet holds, when there is none", async () => {
    const host = workbook([]);
    const before = host.snapshot().sheets.find((s) => s.name === "Inställningar")!.cells;
    const added = await addDraftRule({ account: "4010", responsibility: "1710" });
    // The settings and the key take columns A–D: one blank column, then the rules from F, Rad in K.
    expect(added).toEqual({ sheet: "Inställningar", row: 1, created: true, address: "Inställningar!K2" });
    const t = host.findTable("Mappning")!;
    expect({ sheet: t.sheet.name, headerRow: t.headerRow, column: t.column }).toEqual({ sheet: "Inställningar", headerRow: 0, column: 5 });
    expect(tableValues(host, "Mappning")).toEqual([[...MAPPING_HEADERS], ["4010", "1710", "", "", "", "", "", ""]]);
    const after = host.snapshot().sheets.find((s) => s.name === "Inställningar")!.cells;
    expect(Object.fromEntries(Object.entries(after).filter(([address]) => address in before))).toEqual(before);
  });

  it("makes it on a sheet of its own when the workbook has no Inställningar sheet, never on a user's sheet named Mappning", async () => {
    const host = installFakeOffice(globalThis, { sheets: [{ name: "Mappning", values: [["mina anteckningar"]] }] });
    const added = await addDraftRule({ account: "4010" });
    expect(added).toMatchObject({ sheet: "Mappning (2)", created: true });
    expect(host.cellAt(host.sheet("Mappning"), 0, 0).value).toBe("mina anteckningar");
    expect(host.findTable("Mappning")!.sheet.name).toBe("Mappning (2)");
  });
});

describe("writeImportedLedger", () => {
  it("refuses while a code string has no rule, naming it, and writes nothing", async () => {
    const host = workbook();
    const error = await failure(writeImportedLedger(file));
    expect(error).toMatchObject({ code: "unmappedCodeStrings" });
    expect(host.writes).toEqual([]);
  });

  it("after a draft rule is completed, writes the mapped ledger as Underlag on the add-in's marked sheet; a re-import replaces it", async () => {
    const host = workbook();
    await addDraftRule({ account: "4010", responsibility: "1710" });
    completeLastRule(host, "Licenser", "Gemensam");
    const prognosBefore = host.snapshot().sheets.find((s) => s.name === "Prognos");
    host.syncs = 0;
    await previewImport(file);
    const read = host.syncs;
    host.syncs = 0;
    host.writes.splice(0);
    const written = await writeImportedLedger(file);
    expect(written).toMatchObject({ sheetName: "Underlag", replaced: false, rows: 4 });
    expect(written.preview.unmapped).toEqual([]);
    expect(host.syncs).toBe(read + WRITE_LEDGER_SYNCS);
    const mappingNow = host.findTable("Mappning")!;
    const tables: TableData[] = [
      settingsTable(standardSettings),
      keysTable(),
      prognos,
      { ...mapping([...rules, ["4010", "1710", "Licenser", "Gemensam"]]), sheet: mappingNow.sheet.name },
    ];
    const cells = ledgerSheetRows(expectedImport(tables));
    expect(tableValues(host, "Underlag")).toEqual([cells.headers, ...cells.rows.map((row) => row.map((value) => value ?? ""))]);
    expect(host.sheet("Underlag").names.has(LEDGER_MARKER_NAME.toLowerCase())).toBe(true);
    expect(new Set(host.writes.map((entry) => entry.sheet))).toEqual(new Set(["OIT tmp 1", "Underlag"]));

    const again = await writeImportedLedger(file);
    expect(again).toMatchObject({ sheetName: "Underlag", replaced: true, rows: 4 });
    expect(host.sheetNames().filter((name) => name.startsWith("Underlag"))).toEqual(["Underlag"]);
    expect(host.snapshot().sheets.find((s) => s.name === "Prognos")).toEqual(prognosBefore);
  });

  it("never overwrites a table Underlag of the user's", async () => {
    const own = table("Underlag", ["Rad", "Fördelning", "Utfall", "Årsbudget", "Årsprognos"], [["Licenser", "Gemensam", 1, 1, 1]], "Mitt underlag", { row: 1, column: 0 });
    const host = workbook([mapping([...rules, ["4010", "", "Licenser", "Gemensam"]]), own]);
    const before = host.snapshot();
    await expect(writeImportedLedger(file)).rejects.toMatchObject({ code: "ledgerTableIsUsers", params: { sheet: "Mitt underlag" } });
    expect(host.snapshot()).toEqual(before);
  });
});
