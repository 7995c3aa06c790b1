import { execFileSync } from "child_process";
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "fs";
import * as path from "path";
import { readCsvExport } from "../../src/core/import";
import { EXAMPLE_EXPORTS } from "../../src/cli/main";
import { tempDir } from "./helpers";

/** An independent writer: LibreOffice in Swedish saves the example's export sheet as CSV (toolchain.md). */
jest.setTimeout(60_000);

const SWEDISH = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>sv-SE</value></prop></item>
</oor:items>
`;

/** `;`-separated UTF-8 with the numbers as shown ("-702 345,60"), from the export's first sheet. */
function libreOfficeCsv(file: string): Uint8Array {
  const dir = tempDir();
  const profile = path.join(dir, "lo-sv");
  mkdirSync(path.join(profile, "user"), { recursive: true });
  writeFileSync(path.join(profile, "user", "registrymodifications.xcu"), SWEDISH);
  const out = path.join(dir, "csv");
  execFileSync(
    "soffice",
    ["--headless", "--norestore", `-env:UserInstallation=file://${profile}`, "--convert-to", "csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,true,false,false,1", "--outdir", out, file],
    { stdio: "pipe", timeout: 50_000 }
  );
  const [written] = readdirSync(out).filter((name) => name.endsWith(".csv"));
  return new Uint8Array(readFileSync(path.join(out, written)));
}

const settings = { year: 2027, throughMonth: 8, sieDimensions: { responsibility: 1, activity: null, project: 6, counterparty: null } };

test("the example's export saved as CSV by LibreOffice in Swedish reads the same as our own CSV", () => {
  const bytes = libreOfficeCsv(EXAMPLE_EXPORTS.xlsx);
  const text = new TextDecoder().decode(bytes);
  // It is the independent writer we meant: Swedish number text with a decimal comma, not our own bytes.
  expect(text).toMatch(/;-?\d{1,3}(?:[\s\u00a0]\d{3})*,\d{2}(?:;|\r?\n)/);
  const theirs = readCsvExport(bytes, "libreoffice.csv", settings);
  const ours = readCsvExport(new Uint8Array(readFileSync(EXAMPLE_EXPORTS.csv)), "huvudbok-2027.csv", settings);
  expect(theirs.recognition).toMatchObject({ delimiter: ";", decimalSeparator: ",", encoding: "utf-8" });
  expect(ours.recognition).toMatchObject({ delimiter: ";", decimalSeparator: ",", encoding: "windows-1252" });
  const rows = (data: typeof ours) => data.rows.map((row) => [row.codes, row.accountText, row.amounts.outcome?.toFixed(2), row.amounts.annualBudget?.toFixed(2)]);
  expect(rows(theirs)).toEqual(rows(ours));
});
