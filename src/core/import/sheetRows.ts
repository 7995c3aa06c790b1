import { toNumber } from "../decimal";
import { amountToDec, type ExactAmount } from "../rules";
import { normalizeName } from "../workbook/names";
import { AMOUNT_COLUMNS, CODE_COLUMNS, columnNames } from "./exportColumns";
import { exactPattern } from "./mapping/pattern";
import { MAPPING_HEADERS } from "./mapping/read";
import type { CodeString, ImportResult, SheetRows } from "./types";

const sectionWords = { revenue: "Intäkt", cost: "Kostnad" } as const;

function amountCell(value: ExactAmount | null | undefined): number | null {
  return value === null || value === undefined ? null : toNumber(amountToDec(value));
}

/**
 * The table Underlag as the import writes it: Rad, Fördelning, Typ, the export's code columns, Kontotext,
 * then Budget (when the export has one), Utfall, Årsbudget, Årsprognos — one row per code string, the
 * forecasts as the report uses them (a Prognos line's figure on its first row), so the table read back as a
 * ledger gives the same report.
 */
export function ledgerSheetRows(result: ImportResult): SheetRows {
  const ledger = result.ledger;
  if (!ledger) throw result.problem;
  const codeColumns = CODE_COLUMNS.filter((column) => result.codeColumns.includes(column));
  const hasBudget = ledger.hasBudgetColumn;
  const amounts = AMOUNT_COLUMNS.filter((column) => column !== "budget" || hasBudget);
  const headers = ["Rad", "Fördelning", "Typ", ...codeColumns.map((column) => columnNames[column]), "Kontotext", ...amounts.map((column) => columnNames[column])];
  const rows = result.mapped.map((row, i) => {
    const ledgerRow = ledger.rows[i];
    const values = { budget: ledgerRow.budget, outcome: ledgerRow.outcome, annualBudget: ledgerRow.annualBudget, forecast: ledgerRow.forecast };
    return [
      row.line,
      row.allocation,
      sectionWords[row.section],
      ...codeColumns.map((column) => row.codes[column] ?? ""),
      row.accountText ?? "",
      ...amounts.map((column) => amountCell(values[column])),
    ];
  });
  return { headers, rows };
}

/**
 * A draft rule for an unmapped code string, in the order of the Mappning table's `headers` (MAPPING_HEADERS
 * when the table is missing): its codes as exact patterns (quoted where a code holds a dash, `*`, `,` or `;`), Rad
 * and Fördelning blank for the economist.
 */
export function draftMappingRow(headers: readonly string[] | null, codes: CodeString): SheetRows {
  const columns = headers ?? MAPPING_HEADERS;
  const byName = new Map(CODE_COLUMNS.map((column) => [normalizeName(columnNames[column]), column]));
  const row = columns.map((header) => {
    const column = byName.get(normalizeName(header));
    return column ? exactPattern(codes[column] ?? "") : "";
  });
  return { headers: [...columns], rows: [row] };
}
