import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { exampleWorkbook } from "../src/cli/example";
import { main } from "../src/cli/main";
import { measureAsync, report } from "./measure";

const LEDGER_ROWS = 100_000;
const LINES = 200;

/** Row i of a synthetic ledger: 200 lines, every tenth an own line, revenue on 3xxx accounts, amounts with öre. */
function ledgerRow(i: number): (string | number)[] {
  const line = i % LINES;
  const revenue = line < 20;
  const allocation = line % 10 === 9 ? (line % 20 === 9 ? "Borgholm" : "Mörbylånga") : "Gemensam";
  const sign = revenue ? -1 : 1;
  const annual = sign * (1000 + ((i * 7919) % 90_000));
  return [revenue ? 3000 + line : 5000 + line, `Rad ${String(line).padStart(3, "0")}`, allocation, Math.round(annual * 64.3) / 100, annual, annual + (i % 13) * 10];
}

/** The example's settings and keys with a large ledger, written to a file. */
async function largeWorkbook(file: string): Promise<void> {
  const workbook = exampleWorkbook();
  const old = workbook.getWorksheet("Underlag") as ExcelJS.Worksheet;
  workbook.removeWorksheet(old.id);
  workbook.addWorksheet("Underlag").addTable({
    name: "Underlag",
    ref: "A1",
    columns: ["Konto", "Rad", "Fördelning", "Utfall jan–aug", "Årsbudget", "Årsprognos"].map((name) => ({ name })),
    rows: Array.from({ length: LEDGER_ROWS }, (_, i) => ledgerRow(i)),
  });
  await workbook.xlsx.writeFile(file);
}

/**
 * `oit-budget report` on a ledger of 100 000 rows against ExcelJS alone reading and writing the
 * same file (both in-process, file to file): the CLI's own cost is the ratio (goal < 1.5×).
 */
export async function benchCli(): Promise<string[]> {
  const dir = mkdtempSync(path.join(tmpdir(), "oit-bench-"));
  try {
    const input = path.join(dir, "large.xlsx");
    await largeWorkbook(input);
    const exceljs = await measureAsync(
      "ExcelJS read + write",
      async () => {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.readFile(input);
        await workbook.xlsx.writeFile(path.join(dir, "copy.xlsx"));
      }
    );
    const quiet = { stdout: () => {}, stderr: () => {} };
    const cli = await measureAsync(
      "oit-budget report",
      async () => {
        const code = await main(["report", input, "--out", path.join(dir, "report.xlsx")], quiet);
        if (code !== 0) throw new Error(`oit-budget report exited with ${code}`);
      }
    );
    const ratio = cli.wallMs / exceljs.wallMs;
    return [
      `${LEDGER_ROWS} ledger rows over ${LINES} lines`,
      report(exceljs),
      report(cli, exceljs),
      `wall-clock ratio ${ratio.toFixed(2)}× (goal < 1.5×)`,
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
