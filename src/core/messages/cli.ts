import type { Template } from "./types";

/** Messages of the command line `oit-budget` (src/cli): files and flags. */
export const cliMessages = {
  cliFileMissing: {
    sv: "Filen {path} finns inte",
    en: "The file {path} does not exist",
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
  cliExtraArguments: {
    sv: "För många argument: {values}",
    en: "Too many arguments: {values}",
  },
} satisfies Record<string, Template>;
