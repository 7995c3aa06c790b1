import * as path from "path";
import ExcelJS from "exceljs";
import { runCli, tempDir } from "./helpers";

// issue 7, item 3: on a plain sheet the rows run to the sheet's last used row; a blank row is skipped, never an end.
async function plainWorkbook(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Inställningar").addRows([
    ["Inställning", "Värde", null, "År", "Part", "Användare", "Andel"],
    ["Värdkommun", "Borgholm", null, 2027, "Borgholm", 1700, 0.447],
    ["År", 2027, null, null, null, null, null],
    [null, null, null, 2027, "Mörbylånga", 2100, 0.553],
    ["Period t.o.m. månad", 8],
    ["Enhet i underlaget", "kr"],
  ]);
  workbook.addWorksheet("Bokföring").addRows([
    ["Rad", "Fördelning", "Typ", "Utfall", "Årsbudget", "Årsprognos"],
    ["Personalkostnader", "Gemensam", "Kostnad", 2600, 4000, 4000],
    ["Lokaler", "Gemensam", "Kostnad", 2000, 3000, 3000],
    [],
    [null, "", "  "],
    ["Licenser", "Gemensam", "Kostnad", 1400, 2100, 2100],
  ]);
  await workbook.xlsx.writeFile(file);
}

test("a blank row in a plain-sheet ledger or settings does not drop the rows below it (cost budget 9 100, not 7 000)", async () => {
  const file = path.join(tempDir(), "plain.xlsx");
  await plainWorkbook(file);
  const run = await runCli(["report", file, "--json", "--unit", "kr"]);
  expect(run.stderr).toBe("");
  const report = JSON.parse(run.stdout);
  expect(report).toMatchObject({ throughMonth: 8, key: [{ party: "Borgholm", share: 0.447 }, { party: "Mörbylånga", share: 0.553 }] });
  const committee = report.tables.find((table: { id: string }) => table.id === "total");
  const costs = committee.rows.find((row: { label: string }) => row.label === "Summa kostnader");
  expect(costs.values[3]).toBe(9100);
  expect(costs.values[1]).toBe(6000);
});
