import type { Template } from "./types";

/**
 * Messages of the money between the members (workbook.md "Money between the members", "A member leaves"):
 * the Fakturerat and Avveckling tables, the Kvarstår column and the checks on the members' account.
 */
export const accountMessages = {
  invoicedUnknownParty: {
    sv: "Parten ”{value}” på rad {row} i tabellen {table} (bladet {sheet}, {cell}) är ingen part i fördelningsnyckeln. Parter: {allowed}",
    en: "The party “{value}” on row {row} of the table {table} (sheet {sheet}, {cell}) is not a party of the key. Parties: {allowed}",
  },
  invoicedBadPurpose: {
    sv: "”{value}” i kolumnen Avser på rad {row} i tabellen {table} (bladet {sheet}, {cell}) är varken Förskott, Vidarefakturering eller Avräkning",
    en: "“{value}” in the column Avser on row {row} of the table {table} (sheet {sheet}, {cell}) is none of Förskott (advance), Vidarefakturering (re-invoicing) and Avräkning (true-up)",
  },
  badDate: {
    sv: "”{value}” på rad {row} i tabellen {table} (bladet {sheet}, {cell}) är inget datum; skriv det som ÅÅÅÅ-MM-DD",
    en: "“{value}” on row {row} of the table {table} (sheet {sheet}, {cell}) is not a date; write it as YYYY-MM-DD",
  },
  dateOutsideYear: {
    sv: "Datumet {value} på rad {row} i tabellen {table} (bladet {sheet}, {cell}) ligger inte i år {year}",
    en: "The date {value} on row {row} of the table {table} (sheet {sheet}, {cell}) is not in the year {year}",
  },
  remainingShareRange: {
    sv: "Kvarstår ”{value}” på rad {row} i tabellen {table} (bladet {sheet}, {cell}) ligger inte mellan 0 och 100 %",
    en: "Kvarstår (the part that stays) “{value}” on row {row} of the table {table} (sheet {sheet}, {cell}) is not between 0 and 100 %",
  },
  windDownUnknownOwner: {
    sv: "Ägaren ”{value}” på rad {row} i tabellen {table} (bladet {sheet}, {cell}) är varken Gemensam eller en part. Tillåtna värden: {allowed}",
    en: "The owner “{value}” on row {row} of the table {table} (sheet {sheet}, {cell}) is neither Gemensam nor a party. Allowed values: {allowed}",
  },
  windDownBadType: {
    sv: "Typen ”{value}” på rad {row} i tabellen {table} (bladet {sheet}, {cell}) är varken Tillgång eller Kostnad",
    en: "The type “{value}” on row {row} of the table {table} (sheet {sheet}, {cell}) is neither Tillgång (asset) nor Kostnad (cost)",
  },
  exitPartyUnknown: {
    sv: "”{party}” är ingen part i fördelningsnyckeln för {year} och kan inte lämna samarbetet. Parter: {allowed}",
    en: "“{party}” is not a party of the key for {year} and cannot leave the cooperation. Parties: {allowed}",
  },
  exitPartyIsHost: {
    sv: "{party} är värdkommun; beräkningen gäller en medlem som lämnar samarbetet. Välj en av: {allowed}",
    en: "{party} is the host municipality; the calculation is for a member that leaves the cooperation. Choose one of: {allowed}",
  },
  exitNoRemainingShare: {
    sv: "De kvarvarande parterna ({parties}) har tillsammans 0 % av nyckeln för {year}; det som kvarstår kan inte fördelas i proportion till den",
    en: "The remaining parties ({parties}) hold 0 % of the key for {year} together; what stays cannot be split in proportion to it",
  },
  badThreshold: {
    sv: "Inställningen ”{setting}” har värdet ”{value}” på rad {row} i tabellen {table} (bladet {sheet}, {cell}); den ska vara ett belopp i tkr, 0 eller större, eller lämnas tom",
    en: "The setting “{setting}” has the value “{value}” on row {row} of the table {table} (sheet {sheet}, {cell}); it must be an amount in tkr, 0 or more, or be left blank",
  },
  reinvoicingOverdue: {
    sv: "{party}s egna rader utan årsbudget har {open} kr bokfört t.o.m. {month} som inte vidarefakturerats; det skulle ha fakturerats senast {due}",
    en: "{party}'s own lines without an annual budget hold {open} kr booked through {month} that has not been re-invoiced; it was due by {due}",
  },
  reinvoicingOpen: {
    sv: "{party}s egna rader utan årsbudget har {open} kr bokfört t.o.m. {month} som ännu inte vidarefakturerats (ska faktureras senast {due})",
    en: "{party}'s own lines without an annual budget hold {open} kr booked through {month} that is not re-invoiced yet (due by {due})",
  },
  financingDiffers: {
    sv: "Värdkommunens finansieringsrader för {party} i årsbudgeten ({financing} kr) skiljer sig från partens förskott för året enligt nyckeln ({advances} kr) med {difference} kr",
    en: "The host's financing lines for {party} in the annual budget ({financing} kr) differ from the party's advances for the year by the key ({advances} kr) by {difference} kr",
  },
} satisfies Record<string, Template>;
