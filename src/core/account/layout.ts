import { Dec } from "../decimal";
import type { CellBlock, SheetLayout } from "../report/layout.types";
import { amountTable, moneySheet } from "../invoicing/amountTable";
import type { MemberAccount, MembersAccount } from "./types";

export function accountSheetName(year: number): string {
  return `Avräkning ${year}`;
}

type Section = { title: string; header: string[]; rows: (string | number | null)[][]; caption: string };

function advancesSection(members: readonly MemberAccount[]): Section {
  return {
    title: "Förskott",
    header: ["Part", "Kv 1", "Kv 2", "Kv 3", "Kv 4", "Årsbelopp"],
    rows: members.map((m) => [m.party, ...m.advances, m.advances.reduce((sum, q) => sum + q, 0)]),
    caption: "¼ per kvartal i förskott av partens andel av den budgeterade gemensamma nettokostnaden plus dess egna budgeterade rader.",
  };
}

function reinvoicingSection(members: readonly MemberAccount[]): Section {
  return {
    title: "Vidarefakturering",
    header: ["Part", "Bokfört", "Vidarefakturerat", "Kvar att fakturera"],
    rows: members.map((m) => [m.party, m.reinvoicing.booked, m.reinvoicing.invoiced, m.reinvoicing.open]),
    caption: "Partens egna rader utan årsbudget (ingår inte i förskotten): utfallet hittills mot raderna Vidarefakturering i tabellen Fakturerat.",
  };
}

function trueUpSection(account: MembersAccount): Section {
  const threshold = account.trueUpThreshold === undefined ? "ingen tröskel angiven" : `tröskel ${account.trueUpThreshold} tkr`;
  return {
    title: "Avräkning per tertial",
    header: ["Part", "Fakturerade avräkningar", "Föreslagen avräkning"],
    rows: account.members.map((m) => [m.party, Dec.sum(0, ...m.trueUps).toNumber(), m.proposedTrueUp ?? null]),
    caption: `Efter T1 och T2 (${threshold}): partens andel enligt nyckeln av den gemensamma delens ackumulerade avvikelse, minus redan fakturerade avräkningar; positivt faktureras, negativt krediteras.`,
  };
}

function settlementSection(account: MembersAccount): Section {
  const source = account.basis === "outcome" ? "utfallet för helåret" : "årsprognosen (preliminär avräkning)";
  return {
    title: "Årsavstämning och slutreglering",
    header: ["Part", "Faktisk kostnad", "Fakturerat", "Avräkning"],
    rows: account.members.map((m) => [m.party, m.actualCost, m.invoiced, m.settlement]),
    caption: `Enligt ${source}: andel av den gemensamma nettokostnaden plus egna rader (värdkommunens finansieringsrader undantagna), minus allt som fakturerats under året. Positivt belopp faktureras, negativt krediteras.`,
  };
}

function financingSection(members: readonly MemberAccount[]): Section | null {
  const financed = members.filter((m) => m.financing);
  if (financed.length === 0) return null;
  return {
    title: "Finansiering mot nyckeln",
    header: ["Part", "Finansiering i budgeten", "Förskott enligt nyckeln", "Skillnad"],
    rows: financed.map((m) => [m.party, m.financing?.budget ?? null, m.financing?.advances ?? null, m.financing?.difference ?? null]),
    caption: "Värdkommunens intäktsrader från parten i årsbudgeten mot partens förskott för året enligt nyckeln.",
  };
}

/**
 * The sheet `Avräkning YYYY` (workbook.md "Money between the members"): per member its advances, re-invoicing,
 * true-ups, settlement and the financing against the key, in kronor. Numbers and formats only, so it opens
 * without the add-in; every figure is the account's, the same the JSON and the pane show.
 */
export function accountLayout(account: MembersAccount): SheetLayout {
  const sections = [
    advancesSection(account.members),
    reinvoicingSection(account.members),
    trueUpSection(account),
    settlementSection(account),
    financingSection(account.members),
  ].filter((section): section is Section => section !== null);
  const blocks: CellBlock[] = [{ row: 0, column: 0, values: [[`Medlemmarnas konto ${account.year}, kr`]], style: "title" }];
  let top = 2;
  for (const section of sections) {
    blocks.push({ row: top, column: 0, values: [[section.title]], style: "title" });
    const table = amountTable(top + 1, section.header, section.rows, section.caption);
    blocks.push(...table.blocks);
    top = table.next + 1;
  }
  return moneySheet(accountSheetName(account.year), blocks);
}
