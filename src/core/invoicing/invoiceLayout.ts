import { columnWidths } from "../report/columnWidths";
import { AMOUNT_FORMAT } from "../report/layout";
import type { CellBlock, SheetLayout } from "../report/layout.types";
import { printSettings } from "../report/printSettings";
import { wrapParagraphs } from "../report/wrapParagraphs";
import type { InvoicePlan, PartyInvoices } from "./types";

export function invoiceSheetName(year: number): string {
  return `Fakturering ${year}`;
}

function sumOf(values: readonly number[]): number {
  // Whole kronor only, so the binary sum is exact.
  return values.reduce((total, value) => total + value, 0);
}

function tableBlocks(
  top: number,
  header: string[],
  rows: (string | number)[][],
  caption: string
): { blocks: CellBlock[]; next: number } {
  const width = header.length;
  const totals = Array.from({ length: width - 1 }, (_, c) => sumOf(rows.map((row) => row[c + 1] as number)));
  const blocks: CellBlock[] = [
    { row: top, column: 0, values: [header], style: "header" },
    { row: top + 1, column: 0, values: rows, style: "line", numberFormat: AMOUNT_FORMAT },
    { row: top + 1 + rows.length, column: 0, values: [["Summa", ...totals]], style: "total", numberFormat: AMOUNT_FORMAT },
    { row: top + 2 + rows.length, column: 0, values: [[caption]], style: "caption" },
  ];
  return { blocks, next: top + 4 + rows.length };
}

function settlementRows(parties: readonly PartyInvoices[]): (string | number)[][] {
  return parties.map((p) => [p.party, p.actual ?? 0, p.annual, p.settlement ?? 0]);
}

/**
 * The invoice sheet: numbers and number formats only, so it opens without the add-in and
 * the sums a reader checks by hand are the sums of the rows shown. Printed upright on one page's
 * width with the captions wrapped under their tables.
 */
export function invoiceLayout(plan: InvoicePlan): SheetLayout {
  const invoices = tableBlocks(
    2,
    ["Part", "Årsbelopp", "Kv 1", "Kv 2", "Kv 3", "Kv 4"],
    plan.parties.map((p) => [p.party, p.annual, ...p.quarters]),
    "Faktureras kvartalsvis i förskott: ¼ av partens budgeterade andel av de gemensamma nettokostnaderna enligt nyckeln, plus partens egna budgeterade rader, värdkommunens också. Värdkommunens finansieringsrader (dess egna intäktsrader som namnger en part, som ”Intäkter från Mörbylånga kommun”) är det som faktureras och räknas inte; dess övriga egna intäkter (till exempel försäljning av lager) är dess egna."
  );
  const blocks: CellBlock[] = [
    { row: 0, column: 0, values: [[`Fakturering och avräkning ${plan.year}, kr`]], style: "title" },
    ...invoices.blocks,
  ];
  if (plan.basis) {
    const source = plan.basis === "outcome" ? "utfallet för helåret" : "årsprognosen (preliminär avräkning)";
    const settlement = tableBlocks(
      invoices.next + 1,
      ["Part", "Faktisk kostnad", "Fakturerat", "Avräkning"],
      settlementRows(plan.parties),
      `Årsavstämning enligt ${source}: den faktiska kostnaden är andelen av de gemensamma nettokostnaderna plus partens egna rader, utom värdkommunens finansieringsrader; positivt belopp faktureras, negativt krediteras.`
    );
    blocks.push({ row: invoices.next, column: 0, values: [["Årsavstämning och slutreglering"]], style: "title" }, ...settlement.blocks);
  }
  const widths = columnWidths(blocks);
  return {
    sheetName: invoiceSheetName(plan.year),
    blocks: wrapParagraphs(blocks, widths),
    columnWidths: widths,
    freezeRows: 0,
    print: printSettings("portrait", 0),
  };
}
