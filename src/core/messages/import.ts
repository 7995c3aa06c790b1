import type { Template } from "./types";

/**
 * Messages of the import (workbook.md "Import"): the export's file, line, row and column are named so the
 * economist can open the export and find the place; code strings are written "Konto 5999, Ansvar 1700".
 */
export const importMessages = {
  exportNoHeader: {
    sv: "{where} har ingen rubrikrad bland de första {rows} raderna: den ska ha en kolumn Konto och en beloppskolumn (Utfall, Årsbudget, Budget ack, Årsprognos)",
    en: "{where} has no header row among its first {rows} rows: it needs a Konto column and an amount column (Utfall, Årsbudget, Budget ack, Årsprognos)",
  },
  exportEmpty: {
    sv: "Exporten {source} har inga rader med belopp",
    en: "The export {source} has no rows with amounts",
  },
  exportIsWorkbook: {
    sv: "{source} är en Excel-arbetsbok: öppna den och välj bladet eller tabellen som exporten står i",
    en: "{source} is an Excel workbook: open it and choose the sheet or table that holds the export",
  },
  exportRaggedRow: {
    sv: "Raden har {cells} fält men rubrikraden {expected} {where}; kontrollera avgränsare och citattecken",
    en: "The row has {cells} fields but the header row {expected} {where}; check the delimiters and quotes",
  },
  exportBlankAccount: {
    sv: "Raden har belopp men inget Konto {where}; ta bort summarader ur exporten",
    en: "The row has amounts but no Konto {where}; remove sum rows from the export",
  },
  exportAmbiguousColumn: {
    sv: "Flera kolumner betyder ”{column}” {where}: {found}. Behåll en av dem",
    en: "Several columns mean “{column}” {where}: {found}. Keep one of them",
  },
  csvQuote: {
    sv: "Ett citattecken stängs aldrig {where}",
    en: "A quotation mark is never closed {where}",
  },
  importMissingColumn: {
    sv: "Exporten {where} saknar {columns}, som underlaget behöver. Kolumner som finns: {found}",
    en: "The export {where} has no {columns}, which the ledger needs. Columns found: {found}",
  },
  sieUnreadable: {
    sv: "Raden går inte att läsa som SIE {where}: {text}",
    en: "The line cannot be read as SIE {where}: {text}",
  },
  sieBadAmount: {
    sv: "Beloppet ”{value}” är inget tal {where}: {text}",
    en: "The amount “{value}” is not a number {where}: {text}",
  },
  sieBadDate: {
    sv: "Datumet ”{value}” är inget datum (ÅÅÅÅMMDD) {where}: {text}",
    en: "The date “{value}” is not a date (YYYYMMDD) {where}: {text}",
  },
  sieFormat: {
    sv: "SIE-filen anger #FORMAT {value} {where}; bara PC8 (teckentabell 437) är tillåtet i SIE 4",
    en: "The SIE file states #FORMAT {value} {where}; SIE 4 allows only PC8 (code page 437)",
  },
  sieYear: {
    sv: "SIE-filens räkenskapsår (#RAR 0) är {found} {where}, men inställningen År är {year}",
    en: "The SIE file's financial year (#RAR 0) is {found} {where}, but the setting År is {year}",
  },
  sieOutsideYear: {
    sv: "{value} ligger utanför året {year} {where}",
    en: "{value} lies outside the year {year} {where}",
  },
  sieObjectsDiffer: {
    sv: "Konto {account} period {period}: raderna per objekt summerar till {objects} {where}, men raden på rad {otherLine} anger {total}",
    en: "Account {account} period {period}: the rows per object sum to {objects} {where}, but the row on line {otherLine} says {total}",
  },
  sieDimensionRange: {
    sv: "SIE-dimensionen {where} ska vara ett heltal från {min} (används inte) till {max}, inte {value}",
    en: "The SIE dimension {where} must be a whole number from {min} (not used) to {max}, not {value}",
  },
  mappingBadPattern: {
    sv: "Mönstret ”{value}” {where} går inte att läsa: skriv en kod (5020), ett prefix (54*), ett intervall lägst först (5000-5999, eller A100-A199 med lika långa ändar), flera med , eller ;, * för alla; en kod med - eller * inom citattecken (\"1-2A\")",
    en: "The pattern “{value}” {where} cannot be read: write a code (5020), a prefix (54*), a range lowest first (5000-5999, or A100-A199 with ends of one length), several with , or ;, * for all; a code with - or * in double quotes (\"1-2A\")",
  },
  mappingBadAllocation: {
    sv: "Fördelningen ”{value}” på rad {row} i tabellen {table} är varken Gemensam, en part eller Exkluderas. Tillåtna värden: {allowed}",
    en: "The allocation “{value}” on row {row} of the table {table} is neither Gemensam, a party nor Exkluderas. Allowed values: {allowed}",
  },
  mappingBlankLine: {
    sv: "Regeln på rad {row} i tabellen {table} ({cell}) har ingen Rad; bara Exkluderas får lämna den tom",
    en: "The rule on row {row} of the table {table} ({cell}) has no Rad; only Exkluderas may leave it blank",
  },
  mappingRuleUnused: {
    sv: "Regeln {where} matchar ingen kodsträng i exporten",
    en: "The rule {where} matches no code string of the export",
  },
  mappingRuleShadowed: {
    sv: "Regeln {where} matchar bara kodsträngar som tidigare regler redan tagit (t.ex. {codes}, som regeln på rad {by} tar)",
    en: "The rule {where} matches only code strings that earlier rules already took (e.g. {codes}, taken by the rule on row {by})",
  },
  mapLengths: {
    sv: "Koderna {where} är {rows} rader, men kontona {expected}; ge alla koder som lika långa kolumner",
    en: "The codes {where} are {rows} rows, but the accounts {expected}; give all codes as columns of one length",
  },
  noRuleMatches: {
    sv: "Ingen regel i {table} matchar kodsträngen {codes}",
    en: "No rule of {table} matches the code string {codes}",
  },
  unmappedCodeStrings: {
    sv: "Ingen regel i {table} matchar kodsträngen {codes} (Utfall {outcome}, Årsbudget {annualBudget}) och {more} till; lägg till regler i {table}",
    en: "No rule of {table} matches the code string {codes} (Utfall {outcome}, Årsbudget {annualBudget}) nor {more} more; add rules to {table}",
  },
  unmappedCodeStringsDrafts: {
    sv: "Ingen regel i {table} matchar kodsträngen {codes} (Utfall {outcome}, Årsbudget {annualBudget}) och {more} till; lägg till regler i {table}, och fyll i de {drafts} utkasten: {causes}",
    en: "No rule of {table} matches the code string {codes} (Utfall {outcome}, Årsbudget {annualBudget}) nor {more} more; add rules to {table}, and finish the {drafts} drafts: {causes}",
  },
  mappingDraftRule: {
    sv: "regeln på rad {row} i tabellen {table} ({codes}) är ett utkast som ännu inte gäller: fyll i Rad och Fördelning, eller ta bort raden",
    en: "the rule on row {row} of the table {table} ({codes}) is a draft that does not apply yet: fill in Rad and Fördelning, or delete the row",
  },
  mappingDrafts: {
    sv: "Tabellen {table} har utkast som ännu inte gäller ({count}): {causes}",
    en: "The table {table} has drafts that do not apply yet ({count}): {causes}",
  },
  mappingRulesBad: {
    sv: "{count} regler i tabellen {table} går inte att läsa: {causes}",
    en: "{count} rules of the table {table} cannot be read: {causes}",
  },
  forecastMissing: {
    sv: "Exporten har ingen Årsprognos och tabellen Prognos saknar {count} rader: {lines}",
    en: "The export has no Årsprognos and the table Prognos lacks {count} lines: {lines}",
  },
  forecastTwice: {
    sv: "Raden {line} ({allocation}) står två gånger i tabellen {table}: rad {first} och rad {row} ({cell})",
    en: "The line {line} ({allocation}) is given twice in the table {table}: rows {first} and {row} ({cell})",
  },
  forecastUnused: {
    sv: "Prognosen för {line} ({allocation}) {where} hör inte till någon rad i underlaget",
    en: "The forecast for {line} ({allocation}) {where} belongs to no line of the ledger",
  },
} satisfies Record<string, Template>;
