import { lockForecast, writePlan } from "../../src/excel/plan";
import { HISTORY_TABLE, readForecastHistory, readSeals, historyWarnings, SEALS_TABLE } from "../../src/core/plan";
import type { TableData } from "../../src/core/workbook/types";
import { readWorkbook } from "../../src/excel/readWorkbook";
import { runWorkbookChecks } from "../../src/excel/checks";
import { reportChoices } from "../../src/excel/navigation";
import { layoutPlan } from "../../src/core/plan/layout";
import { installFakeOffice } from "../fakes";
import { expectBlocksWritten } from "./layouts";
import { keys, settings, table } from "../core/plan/tables";

const parties = ["Borgholm", "Mörbylånga"];

function workbook(forecast: number): TableData[] {
  return [
    settings(),
    keys([
      [2025, "Borgholm", 0.447],
      [2025, "Mörbylånga", 0.553],
    ]),
    table("Underlag", ["Rad", "Fördelning", "Utfall", "Årsbudget", "Årsprognos"], [
      ["Personal", "Gemensam", 600.4, 1000, forecast],
      ["Arvoden", "Mörbylånga", 10, 20, 20],
    ]),
  ];
}

/** The workbook's tables read back through the reader the add-in uses. */
async function tablesOf(): Promise<TableData[]> {
  return Excel.run(async (context) => (await readWorkbook(context, { names: [HISTORY_TABLE, SEALS_TABLE] })).tables);
}

describe("Lås prognos through Office.js", () => {
  it("creates Prognoshistorik and Prognoslås, then appends below them, never writing the rows already there", async () => {
    const host = installFakeOffice(globalThis, { tables: workbook(1000) });
    expect(await lockForecast("T1 2025")).toEqual({ version: "T1 2025", rows: 2 });
    const first = (await tablesOf()).find((t) => t.name === HISTORY_TABLE)!;
    expect(first.rows.map((row) => row.slice(2))).toEqual([[8, "Personal", "Gemensam", 1000, 600.4], [8, "Arvoden", "Mörbylånga", 20, 10]]);
    await expect(lockForecast("t1 2025")).rejects.toMatchObject({ code: "lockLabelInUse" });
    const writesBefore = host.writes.length;
    await lockForecast("T2 2025");
    const tables = await tablesOf();
    const history = tables.find((t) => t.name === HISTORY_TABLE)!;
    expect(history.rows.slice(0, 2)).toEqual(first.rows);
    expect(history.rows.map((row) => row[0])).toEqual(["T1 2025", "T1 2025", "T2 2025", "T2 2025"]);
    // Only the new version's rows were written: T2's two rows below the header and T1's (A4:G5, seven columns),
    // and its seal below T1's in Prognoslås (I3:J3); nothing reaches the header or the rows already there.
    const cellWrites = host.writes.slice(writesBefore).filter((write) => write.action === "values" || write.action === "numberFormat");
    expect([...new Set(cellWrites.map((write) => write.address))].sort()).toEqual(["A4:G5", "I3:J3"]);
    const versions = readForecastHistory(history, parties);
    expect(historyWarnings(versions, readSeals(tables.find((t) => t.name === SEALS_TABLE)))).toEqual([]);
    // The Rapport view offers them to compare with, in the order they were locked.
    expect((await reportChoices()).versions).toEqual(["T1 2025", "T2 2025"]);
  });

  it("Kontroll warns when someone typed over a locked version's forecast, naming the version and the table", async () => {
    const host = installFakeOffice(globalThis, { tables: workbook(1000) });
    await lockForecast("T1 2025");
    const historyWarnings = async () => (await runWorkbookChecks("Underlag")).filter((f) => /^history/.test(f.problem.code)).map((f) => [f.severity, f.problem.code, f.problem.params.version]);
    expect(await historyWarnings()).toEqual([]);
    const table = host.findTable(HISTORY_TABLE)!;
    const forecast = table.column + 5;
    host.sheet(table.sheet.name).cells.set(`${table.headerRow + 1},${forecast}`, { ...host.cellAt(table.sheet, table.headerRow + 1, forecast), value: 1200 });
    expect(await historyWarnings()).toEqual([["warning", "historyEdited", "T1 2025"]]);
  });

  it("writes the plan sheet through the report writer", async () => {
    const host = installFakeOffice(globalThis, {
      tables: [...workbook(1000), table("Budgetplan", ["Rad", "Fördelning", "Budget 2025", "Plan 2026"], [["Personal", "Gemensam", 1000, 1100]])],
    });
    const { sheetName, value } = await writePlan();
    expect(sheetName).toBe("Budget och plan 2025–2026");
    expect(value.split.map((split) => split.amount)).toEqual([1000, 1100]);
    expectBlocksWritten(host, layoutPlan(value));
  });
});
