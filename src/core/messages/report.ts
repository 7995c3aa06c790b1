import type { Template } from "./types";

/**
 * Messages of reading the workbook contract (workbook.md) and building the report.
 * Places are spelled out ("rad 3 i tabellen Underlag … cell Underlag!B4") so the economist finds the cell;
 * {cell} is the A1 address when the host knows it, else the column as a structured reference (Underlag[Utfall]).
 */
export const reportMessages = {
  missingTable: {
    sv: "Tabellen ”{table}” finns inte i arbetsboken. Tabeller som finns: {found}",
    en: "The workbook has no table “{table}”. Tables found: {found}",
  },
  missingColumn: {
    sv: "Kolumnen ”{column}” saknas i tabellen {table} på bladet {sheet}. Kolumner som finns: {found}",
    en: "The column “{column}” is missing from the table {table} on the sheet {sheet}. Columns found: {found}",
  },
  ambiguousColumn: {
    sv: "Flera kolumner i tabellen {table} på bladet {sheet} betyder ”{column}”: {found}. Behåll en av dem",
    en: "Several columns of the table {table} on the sheet {sheet} mean “{column}”: {found}. Keep one of them",
  },
  missingSetting: {
    sv: "Inställningen ”{setting}” saknas i tabellen {table}",
    en: "The setting “{setting}” is missing from the table {table}",
  },
  uncalculatedFormula: {
    sv: "Cellen {cell} (rad {row} i tabellen {table}, bladet {sheet}) har en formel utan beräknat värde: filen sparades av ett program som inte räknar. Öppna och spara arbetsboken i Excel så att värdena räknas ut",
    en: "The cell {cell} (row {row} of the table {table}, sheet {sheet}) holds a formula with no computed value: the file was saved by a program that does not calculate. Open and save the workbook in Excel so that the values are calculated",
  },
  duplicateSetting: {
    sv: "Inställningen ”{setting}” står två gånger i tabellen {table} (bladet {sheet}): rad {first} ({firstCell}) och rad {second} ({secondCell}). Behåll en av dem",
    en: "The setting “{setting}” is given twice in the table {table} (sheet {sheet}): row {first} ({firstCell}) and row {second} ({secondCell}). Keep one of them",
  },
  badSetting: {
    sv: "Inställningen ”{setting}” har värdet ”{value}” på rad {row} i tabellen {table} (bladet {sheet}, {cell}). Tillåtna värden: {allowed}",
    en: "The setting “{setting}” has the value “{value}” on row {row} of the table {table} (sheet {sheet}, {cell}). Allowed values: {allowed}",
  },
  badYear: {
    sv: "”{value}” på rad {row} i tabellen {table} (bladet {sheet}, {cell}) är inget årtal",
    en: "“{value}” on row {row} of the table {table} (sheet {sheet}, {cell}) is not a year",
  },
  keyYearMissing: {
    sv: "Tabellen {table} har ingen fördelningsnyckel för år {year}. År som finns: {found}",
    en: "The table {table} has no distribution key for the year {year}. Years found: {found}",
  },
  keyDuplicateParty: {
    sv: "Parten {party} står två gånger för år {year}: rad {row} i tabellen {table} (bladet {sheet}, {cell})",
    en: "The party {party} is listed twice for the year {year}: row {row} of the table {table} (sheet {sheet}, {cell})",
  },
  keyRowEmpty: {
    sv: "Rad {row} i tabellen {table} (bladet {sheet}, {cell}) har varken Andel eller Användare för {party}",
    en: "Row {row} of the table {table} (sheet {sheet}, {cell}) has neither a share (Andel) nor users (Användare) for {party}",
  },
  shareAsPercent: {
    sv: "Andelen ”{value}” på rad {row} i tabellen {table} (bladet {sheet}, {cell}) är större än 100 %; menade du {percent} %? Skriv {percent} % eller {fraction}",
    en: "The share “{value}” on row {row} of the table {table} (sheet {sheet}, {cell}) is over 100 %; did you mean {percent} %? Type {percent} % or {fraction}",
  },
  usersZeroTotalInTable: {
    sv: "Antalet användare för år {year} i tabellen {table} (bladet {sheet}, {cells}) summerar till 0, så ingen nyckel kan beräknas",
    en: "The numbers of users for {year} in the table {table} (sheet {sheet}, {cells}) sum to 0, so no key can be computed",
  },
  shareRange: {
    sv: "Andelen ”{value}” på rad {row} i tabellen {table} (bladet {sheet}, {cell}) ligger inte mellan 0 och 100 %",
    en: "The share “{value}” on row {row} of the table {table} (sheet {sheet}, {cell}) is not between 0 and 100 %",
  },
  unknownParty: {
    sv: "Fördelningen ”{value}” på rad {row} i tabellen {table} (bladet {sheet}, {cell}) är varken Gemensam eller en part. Tillåtna värden: {allowed}",
    en: "The allocation “{value}” on row {row} of the table {table} (sheet {sheet}, {cell}) is neither Gemensam nor a party. Allowed values: {allowed}",
  },
  unknownHost: {
    sv: "Värdkommunen ”{host}” i tabellen Inställningar är ingen part i fördelningsnyckeln för {year}. Parter: {allowed}",
    en: "The host municipality “{host}” in the table Inställningar is not a party of the key for {year}. Parties: {allowed}",
  },
  blankLabel: {
    sv: "Rad {row} i tabellen {table} (bladet {sheet}, {cell}) har värden men ingen ”{column}”",
    en: "Row {row} of the table {table} (sheet {sheet}, {cell}) has values but no “{column}”",
  },
  badSection: {
    sv: "Typen ”{value}” på rad {row} i tabellen {table} (bladet {sheet}, {cell}) är varken Intäkt eller Kostnad",
    en: "The type “{value}” on row {row} of the table {table} (sheet {sheet}, {cell}) is neither Intäkt (revenue) nor Kostnad (cost)",
  },
  reportFigureTooLarge: {
    sv: "Beloppet {value} på raden ”{row}”, kolumnen ”{column}” i tabellen ”{table}” har fler siffror än Excel kan visa exakt (högst {limit}). Gör rapporten i tkr, eller kontrollera beloppen i underlaget",
    en: "The amount {value} on the row “{row}”, column “{column}” of the table “{table}” has more digits than Excel can show exactly (at most {limit}). Make the report in tkr, or check the ledger's amounts",
  },
  perCellSumsDiffer: {
    sv: "Avrundat per cell: alla summor stämmer inte med de visade raderna. {differences}.",
    en: "Rounded cell by cell: not every sum matches the rows shown. {differences}.",
  },
  perCellSumDiffers: {
    sv: "{row}, {column}: {shown} {unit}, raderna ger {summed} {unit} ({difference} {unit})",
    en: "{row}, {column}: {shown} {unit}, the rows give {summed} {unit} ({difference} {unit})",
  },
  perCellTotalDiffers: {
    sv: "{row}, {column}: {shown} {unit}, Summa intäkter + Summa kostnader ger {summed} {unit} ({difference} {unit})",
    en: "{row}, {column}: {shown} {unit}, Summa intäkter + Summa kostnader give {summed} {unit} ({difference} {unit})",
  },
  reportFigureTooLargeAt: {
    sv: "Beloppet {cellValue} i cellen {cell} (rad {row} i tabellen {table}, bladet {sheet}, kolumnen {column}) blir {value} på raden ”{reportRow}”, kolumnen ”{reportColumn}” i rapporten: fler siffror än Excel kan visa exakt (högst {limit}). Kontrollera beloppet, eller gör rapporten i tkr",
    en: "The amount {cellValue} in the cell {cell} (row {row} of the table {table}, sheet {sheet}, column {column}) becomes {value} on the row “{reportRow}”, column “{reportColumn}” of the report: more digits than Excel can show exactly (at most {limit}). Check the amount, or make the report in tkr",
  },
  reportSumTooLargeAt: {
    sv: "Raden ”{reportRow}”, kolumnen ”{reportColumn}” i rapportens tabell ”{reportTable}” summerar {count} belopp i underlaget till {value}: fler siffror än Excel kan visa exakt (högst {limit}). Det största, {cellValue}, står i cellen {cell} (rad {row} i tabellen {table}, bladet {sheet}, kolumnen {column}). Kontrollera beloppen, eller gör rapporten i tkr",
    en: "The row “{reportRow}”, column “{reportColumn}” of the report's table “{reportTable}” sums {count} amounts of the ledger to {value}: more digits than Excel can show exactly (at most {limit}). The largest, {cellValue}, is in the cell {cell} (row {row} of the table {table}, sheet {sheet}, column {column}). Check the amounts, or make the report in tkr",
  },
  textCapped: {
    sv: "En text i rapporten är {length} tecken lång (”{start}…”), men en cell i Excel rymmer högst {limit} tecken: den skrivs förkortad. Korta texten i arbetsboken (till exempel Rad eller Orsak)",
    en: "A text of the report is {length} characters long (“{start}…”), but an Excel cell holds at most {limit}: it is written shortened. Shorten it in the workbook (for example Rad or Orsak)",
  },
  textCappedAt: {
    sv: "En text i rapporten är {length} tecken lång (”{start}…”, från cellen {cell}: rad {row} i tabellen {table}, bladet {sheet}), men en cell i Excel rymmer högst {limit} tecken: den skrivs förkortad. Korta texten i cellen",
    en: "A text of the report is {length} characters long (“{start}…”, from the cell {cell}: row {row} of the table {table}, sheet {sheet}), but an Excel cell holds at most {limit}: it is written shortened. Shorten the text in that cell",
  },
  ledgerPeriodDiffers: {
    sv: "Kolumnrubrikerna {where} gäller {headerPeriod}, men rapporten avser {period}: är underlaget från rätt månad?",
    en: "The column headers {where} are for {headerPeriod}, but the report is for {period}: is the ledger from the right month?",
  },
  // Raised where both hosts choose the sheet of Underlag (report/ledgerSheet.ts).
  ledgerTableIsUsers: {
    sv: "Tabellen {table} på bladet ”{sheet}” är din egen, inte tilläggets, så importen skriver inte över den och har inte ändrat något. Vill du att importen ska skriva underlaget: byt namn på din tabell (Tabelldesign → Tabellnamn) och importera igen",
    en: "The table {table} on the sheet “{sheet}” is your own, not the add-in's, so the import does not overwrite it and has changed nothing. For the import to write the ledger, rename your table (Table Design → Table Name) and import again",
  },
  ledgerSheetHoldsTables: {
    sv: "Bladet ”{sheet}”, där tillägget skrev underlaget, innehåller nu också tabellen {tables}; bladet ersätts inte, så att den inte går förlorad. Flytta tabellen till ett annat blad och importera igen",
    en: "The sheet “{sheet}”, where the add-in wrote the ledger, now also holds the table {tables}; the sheet is not replaced, so that it is not lost. Move that table to another sheet and import again",
  },
} satisfies Record<string, Template>;
