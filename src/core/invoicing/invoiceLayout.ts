import type { CellBlock, SheetLayout } from "../report/layout.types";
import { amountTable, moneySheet } from "./amountTable";
import type { InvoicePlan, PartyInvoices } from "./types";

export function invoiceSheetName(year: number): string {
  return `Fakturering ${year}`;
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
  const invoices = amountTable(
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
    const settlement = amountTable(
      invoices.next + 1,
      ["Part", "Faktisk kostnad", "Fakturerat", "Avräkning"],
      settlementRows(plan.parties),
      `Årsavstämning enligt ${source}: den faktiska kostnaden är andelen av de gemensamma nettokostnaderna plus partens egna rader, utom värdkommunens finansieringsrader; positivt belopp faktureras, negativt krediteras.`
    );
    blocks.push({ row: invoices.next, column: 0, values: [["Årsavstämning och slutreglering"]], style: "title" }, ...settlement.blocks);
  }
  return moneySheet(invoiceSheetName(plan.year), blocks);
}
