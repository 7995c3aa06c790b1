import { bundleBench } from "./bundle";
import { benchCli } from "./cli";
import { engineBench } from "./engine";
import { importBench } from "./import";
import { benchReport } from "./report";
import { roundingBench } from "./rounding";

/**
 * `npm run bench`: each area has its section; medians and ratios, never pass/fail, because
 * these machines are shared (a timed test would fail on someone else's load).
 * `npm run bench -- engine report` runs only the named sections.
 */
const sections: Array<[string, string, () => string[] | Promise<string[]>]> = [
  ["engine", "Engine (src/core/rules)", engineBench],
  ["rounding", "Controlled rounding (src/core/rounding)", roundingBench],
  ["report", "Report model (src/core/report)", benchReport],
  ["import", "Import of the financial system's export (src/core/import)", importBench],
  ["cli", "Command line (oit-budget report, ExcelJS)", benchCli],
  ["bundle", "Task pane bundle (dist/, production build)", bundleBench],
];

async function main(only: readonly string[]): Promise<void> {
  for (const [id, title, run] of sections) {
    if (only.length > 0 && !only.includes(id)) continue;
    console.log(`\n## ${title}`);
    for (const line of await run()) console.log(line);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
