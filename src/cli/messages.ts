import { hostMessages } from "../core/messages";

export type CliMessageCode = Parameters<typeof cliError>[0];

/** Messages of the command line `oit-budget`: files, flags, what a command wrote, and the import it runs on a workbook file. */
export const { error: cliError, notice: cliNotice } = hostMessages({
  cliFileMissing: {
    sv: "Filen {path} finns inte",
    en: "The file {path} does not exist",
  },
  cliMoreProblems: {
    sv: "… och {count} till",
    en: "… and {count} more",
  },
  cliFileUnreadable: {
    sv: "Filen {path} kunde inte läsas som en Excel-arbetsbok (.xlsx): {reason}",
    en: "The file {path} could not be read as an Excel workbook (.xlsx): {reason}",
  },
  cliOutIsInput: {
    sv: "Utfilen {path} är samma fil som arbetsboken; arbetsboken ändras aldrig, välj en annan fil med --out",
    en: "The output file {path} is the workbook itself; the workbook is never changed, choose another file with --out",
  },
  cliUnknownCommand: {
    sv: "Okänt kommando ”{command}”. Kommandon: {allowed} (se oit-budget --help)",
    en: "Unknown command “{command}”. Commands: {allowed} (see oit-budget --help)",
  },
  cliUnknownOption: {
    sv: "Okänd flagga {option} för kommandot {command}. Flaggor: {allowed}",
    en: "Unknown option {option} for the command {command}. Options: {allowed}",
  },
  cliMissingOptionValue: {
    sv: "Flaggan {option} saknar värde",
    en: "The option {option} has no value",
  },
  cliBadOptionValue: {
    sv: "Flaggan {option} har värdet ”{value}”. Tillåtna värden: {allowed}",
    en: "The option {option} has the value “{value}”. Allowed values: {allowed}",
  },
  cliMissingWorkbook: {
    sv: "Ange arbetsboken: oit-budget {command} <arbetsbok.xlsx>",
    en: "Name the workbook: oit-budget {command} <workbook.xlsx>",
  },
  cliMissingParty: {
    sv: "Ange den part som lämnar samarbetet: oit-budget exit <arbetsbok.xlsx> --party <Part>",
    en: "Name the party that leaves the cooperation: oit-budget exit <workbook.xlsx> --party <Party>",
  },
  cliExtraArguments: {
    sv: "För många argument: {values}",
    en: "Too many arguments: {values}",
  },
  cliFileNoPermission: {
    sv: "Filen {path} kunde inte läsas: behörighet saknas",
    en: "The file {path} could not be read: no permission",
  },
  cliInputIsFolder: {
    sv: "{path} är en mapp, inte en arbetsbok: ange en .xlsx-fil",
    en: "{path} is a folder, not a workbook: name an .xlsx file",
  },
  cliFormatXls: {
    sv: "Filen {path} är en Excel 97–2003-arbetsbok (.xls), som inte stöds: spara den som Excel-arbetsbok (.xlsx) först",
    en: "The file {path} is an Excel 97–2003 workbook (.xls), which is not supported: save it as an Excel workbook (.xlsx) first",
  },
  cliFormatOds: {
    sv: "Filen {path} är ett OpenDocument-kalkylblad (.ods), som inte stöds: spara den som Excel-arbetsbok (.xlsx) först",
    en: "The file {path} is an OpenDocument spreadsheet (.ods), which is not supported: save it as an Excel workbook (.xlsx) first",
  },
  cliFormatText: {
    sv: "Filen {path} är en textfil (CSV eller liknande), inte en Excel-arbetsbok (.xlsx): här behövs arbetsboken med Inställningar och Fördelningsnycklar",
    en: "The file {path} is a text file (CSV or similar), not an Excel workbook (.xlsx): the workbook with Inställningar and Fördelningsnycklar is needed here",
  },
  cliNotAWorkbook: {
    sv: "Filen {path} är ett zip-paket men ingen Excel-arbetsbok: den saknar arbetsboksdelen (xl/workbook.xml)",
    en: "The file {path} is a zip package but not an Excel workbook: it has no workbook part (xl/workbook.xml)",
  },
  cliTooLarge: {
    sv: "Filen {path} är för stor för kommandoraden: {part} packas upp till {size} MB, gränsen är {limit} MB",
    en: "The file {path} is too large for the command line: {part} unpacks to {size} MB, the limit is {limit} MB",
  },
  cliSheetTooLarge: {
    sv: "Filen {path} är för stor för kommandoraden: bladet {sheet} ({part}) packas upp till {size} MB, gränsen är {limit} MB",
    en: "The file {path} is too large for the command line: the sheet {sheet} ({part}) unpacks to {size} MB, the limit is {limit} MB",
  },
  cliTooLargeInAll: {
    sv: "Filen {path} är för stor för kommandoraden: den packas upp till {size} MB, gränsen är {limit} MB",
    en: "The file {path} is too large for the command line: it unpacks to {size} MB, the limit is {limit} MB",
  },
  cliTooManyRows: {
    sv: "Filen {path} har för många rader för kommandoraden: bladet {sheet} ({part}) har {rows} rader, gränsen är {limit}",
    en: "The file {path} has too many rows for the command line: the sheet {sheet} ({part}) has {rows} rows, the limit is {limit}",
  },
  cliOutNotXlsx: {
    sv: "Utfilen {path} måste sluta på .xlsx",
    en: "The output file {path} must end in .xlsx",
  },
  cliOutExists: {
    sv: "Utfilen {path} finns redan och är ingen rapport som tillägget skrivit; den skrivs inte över (välj en annan fil, eller --force)",
    en: "The output file {path} already exists and is not a report the add-in wrote; it is not overwritten (choose another file, or --force)",
  },
  cliOutIsFolder: {
    sv: "Utfilen {path} är en mapp: ange en fil som slutar på .xlsx",
    en: "The output file {path} is a folder: name a file ending in .xlsx",
  },
  cliOutNoPermission: {
    sv: "Utfilen {path} kunde inte skrivas: behörighet saknas i mappen {folder}",
    en: "The output file {path} could not be written: no permission in the folder {folder}",
  },
  cliOutReadOnly: {
    sv: "Utfilen {path} kunde inte skrivas: mappen {folder} är skrivskyddad",
    en: "The output file {path} could not be written: the folder {folder} is read-only",
  },
  cliOutDiskFull: {
    sv: "Utfilen {path} kunde inte skrivas: disken är full; ingen fil ändrades",
    en: "The output file {path} could not be written: the disk is full; no file was changed",
  },
  cliOutNoFolder: {
    sv: "Utfilen {path} kunde inte skrivas: {folder} är ingen mapp",
    en: "The output file {path} could not be written: {folder} is not a folder",
  },
  cliOutNameTooLong: {
    sv: "Utfilen {path} kunde inte skrivas: namnet är för långt",
    en: "The output file {path} could not be written: the name is too long",
  },
  cliOutFailed: {
    sv: "Utfilen {path} kunde inte skrivas ({reason}); ingen fil ändrades",
    en: "The output file {path} could not be written ({reason}); no file was changed",
  },
  cliMissingOut: {
    sv: "Ange kopian: oit-budget {command} <arbetsbok.xlsx> --out <kopia.xlsx>",
    en: "Name the copy: oit-budget {command} <workbook.xlsx> --out <copy.xlsx>",
  },
  cliFrozen: {
    sv: "Skrev {path}: {count} celler med OIT-formler har nu sina värden",
    en: "Wrote {path}: {count} cells with OIT formulas now hold their values",
  },
  cliWroteSheet: {
    sv: "Skrev bladet ”{sheet}” i {path}",
    en: "Wrote the sheet “{sheet}” in {path}",
  },
  cliWroteExample: {
    sv: "Skrev exempelarbetsboken {path}",
    en: "Wrote the example workbook {path}",
  },
  cliMissingLabel: {
    sv: "Ge den låsta prognosen ett namn: oit-budget lock <arbetsbok.xlsx> --label \"T1 2027\" --out <kopia.xlsx>",
    en: "Name the locked forecast: oit-budget lock <workbook.xlsx> --label \"T1 2027\" --out <copy.xlsx>",
  },
  cliHistoryBlocked: {
    sv: "Tabellen {table} på bladet {sheet} kan inte få den nya versionens rader ({cells}): cellen {cell} är inte tom eller hör till en annan tabell, och en låsning skriver aldrig över något. Flytta det som står där och lås igen",
    en: "The table {table} on the sheet {sheet} has no room for the new version's rows ({cells}): the cell {cell} is not empty or belongs to another table, and a lock never writes over anything. Move what is there and lock again",
  },
  cliHistoryTotalsRow: {
    sv: "Tabellen {table} på bladet {sheet} har en summarad; nya versioner läggs sist i tabellen, så ta bort summaraden (Tabelldesign → Summarad) och lås igen",
    en: "The table {table} on the sheet {sheet} has a totals row; new versions go at the end of the table, so turn the totals row off (Table Design → Total Row) and lock again",
  },
  cliLocked: {
    sv: "Låste prognosen ”{version}” ({count} rader, period t.o.m. månad {month}) i tabellen Prognoshistorik på bladet ”{sheet}” i {path}",
    en: "Locked the forecast “{version}” ({count} rows, through month {month}) in the table Prognoshistorik on the sheet “{sheet}” in {path}",
  },
  cliImportUsage: {
    sv: "Ange exporten, arbetsboken och kopian: oit-budget import <export> --workbook <arbetsbok.xlsx> --out <kopia.xlsx>",
    en: "Name the export, the workbook and the copy: oit-budget import <export> --workbook <workbook.xlsx> --out <copy.xlsx>",
  },
  cliImported: {
    sv: "Skrev Underlag ({rows} kodsträngar, {excluded} exkluderade) ur {source} i {path}",
    en: "Wrote Underlag ({rows} code strings, {excluded} excluded) from {source} into {path}",
  },
  cliReconciled: {
    sv: "Avstämning {column}: exporten {export} = mappat {mapped} + exkluderat {excluded}",
    en: "Reconciliation {column}: the export {export} = mapped {mapped} + excluded {excluded}",
  },
  cliDemoImport: {
    sv: "Samma rapport ur ekonomisystemets export {path} ({summary}), mappad med tabellen Mappning:",
    en: "The same report from the financial system's export {path} ({summary}), mapped by the table Mappning:",
  },
  cliDemoSameReport: {
    sv: "Rapporten ur exporten visar samma siffror som rapporten ur Underlag.",
    en: "The report from the export shows the same figures as the report from Underlag.",
  },
  cliDemoOtherBudget: {
    sv: "Rapporten ur exporten har samma utfall och årsbudget; periodbudgeten är ekonomisystemets egen (#PBUDGET).",
    en: "The report from the export has the same outcome and annual budget; the period budget is the financial system's own (#PBUDGET).",
  },
});
