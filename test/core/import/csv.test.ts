import fc from "fast-check";
import iconv from "iconv-lite";
import { readCsvExport, readTableExport } from "../../../src/core/import";
import { actualSums, expectedSums, keyOf, rowsArb, settings2027, writeCsv, writtenAmount, type CsvEncoding } from "./generators";

const read = (bytes: Uint8Array) => readCsvExport(bytes, "huvudbok.csv", settings2027());

describe("a CSV export reads back the same in either decimal convention and either encoding", () => {
  it("sums per code string equal the rows written, and the recognition says what was written", () => {
    const encodingArb = fc.constantFrom<CsvEncoding>("utf-8", "utf-8-bom", "windows-1252");
    fc.assert(
      fc.property(rowsArb, fc.constantFrom<"sv" | "en">("sv", "en"), encodingArb, fc.constantFrom(" ", "\u00a0"), (rows, convention, encoding, group) => {
        const data = read(writeCsv(rows, convention, encoding, group));
        expect(data.recognition).toMatchObject({
          format: "csv",
          encoding,
          delimiter: convention === "sv" ? ";" : ",",
          decimalSeparator: convention === "sv" ? "," : ".",
          headerLine: 4,
          titleLines: ["Huvudbok Ölands IT-nämnd", "Period 2027-01 – 2027-08"],
          records: rows.length,
        });
        expect(actualSums(data.rows, "outcome")).toEqual(expectedSums(rows, (row) => row.outcome));
        expect(actualSums(data.rows, "annualBudget")).toEqual(expectedSums(rows, (row) => row.annualBudget));
        const firstText = new Map<string, string>();
        for (const row of rows) if (!firstText.has(keyOf(row.codes))) firstText.set(keyOf(row.codes), row.text);
        expect(new Map(data.rows.map((row) => [keyOf(row.codes), row.accountText]))).toEqual(firstText);
      }),
      { numRuns: 2000 }
    );
  });

  it("reads the same as the same rows in a workbook table", () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const csv = read(writeCsv(rows, "sv", "utf-8-bom"));
        const table = readTableExport(
          {
            name: "Export",
            sheet: "Huvudbok",
            headers: ["Konto", "Ansvar", "Projekt", "Kontotext", "Utfall ack", "Budget helår"],
            rows: rows.map((row) => [Number(row.codes.account), row.codes.responsibility, row.codes.project, row.text, row.outcome / 100, writtenAmount(row.annualBudget, ",", " ")]),
          },
          settings2027()
        );
        expect(table.rows.map((row) => [row.codes, row.amounts.outcome?.toFixed(), row.amounts.annualBudget?.toFixed()])).toEqual(
          csv.rows.map((row) => [row.codes, row.amounts.outcome?.toFixed(), row.amounts.annualBudget?.toFixed()])
        );
      }),
      { numRuns: 2000 }
    );
  });
});

describe("the CSV reader", () => {
  it("takes tab-separated text, quoted fields with delimiters, quotes and line breaks, and blank amounts as 0", () => {
    const text = 'Konto\tKontotext\tUtfall\tÅrsbudget\n5010\t"Löner\t""fasta""\nrad två"\t1 234,50\t\n\n5010\tLöner\t-0,5\t100\n';
    const data = read(new TextEncoder().encode(text));
    expect(data.recognition).toMatchObject({ delimiter: "\t", decimalSeparator: ",", encoding: "utf-8", records: 2 });
    expect(data.rows).toHaveLength(1);
    expect(data.rows[0].accountText).toBe('Löner\t"fasta"\nrad två');
    expect([data.rows[0].amounts.outcome?.toFixed(), data.rows[0].amounts.annualBudget?.toFixed()]).toEqual(["1234", "100"]);
  });

  it("detects a decimal point after ; when no amount has a comma, and keeps more than two decimals exact", () => {
    const data = read(new TextEncoder().encode("Konto;Utfall;Årsbudget\n5010;1234.505;0.1\n5010;0.005;0.2\n"));
    expect(data.recognition.decimalSeparator).toBe(".");
    expect([data.rows[0].amounts.outcome?.toFixed(), data.rows[0].amounts.annualBudget?.toFixed()]).toEqual(["1234.51", "0.3"]);
  });

  it("tells Windows-1252 from UTF-8 by the bytes", () => {
    const text = "Konto;Kontotext;Utfall\n5010;Lön för städning;1\n";
    expect(read(new Uint8Array(iconv.encode(text, "windows1252"))).rows[0].accountText).toBe("Lön för städning");
    expect(read(new TextEncoder().encode(text)).rows[0].accountText).toBe("Lön för städning");
  });

  it("reports the period a header states, for the report's check against the settings' month", () => {
    expect(read(new TextEncoder().encode("Konto;Utfall jan–jul;Årsbudget\n5010;1;2\n")).recognition.period).toBe("jan-jul");
  });
});
