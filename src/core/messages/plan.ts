import type { Template } from "./types";

/**
 * Messages of the budget and plan and of the locked forecasts (workbook.md "Budget and plan", "Locked forecasts"):
 * the Budgetplan, Prioriteringar and Prognoshistorik tables, the lock and the checks on them.
 */
export const planMessages = {
  planBadColumn: {
    sv: "Kolumnen ”{column}” i tabellen {table} (bladet {sheet}) är varken Rad, Fördelning, Typ, Konto eller ett år skrivet som {forms}",
    en: "The column “{column}” of the table {table} (sheet {sheet}) is none of Rad, Fördelning, Typ, Konto or a year written as {forms}",
  },
  planYearTwice: {
    sv: "Tabellen {table} (bladet {sheet}) har två kolumner för år {year}: ”{first}” och ”{second}”",
    en: "The table {table} (sheet {sheet}) has two columns for the year {year}: “{first}” and “{second}”",
  },
  planNoYears: {
    sv: "Tabellen {table} (bladet {sheet}) har ingen årskolumn ({forms}). Kolumner som finns: {found}",
    en: "The table {table} (sheet {sheet}) has no year column ({forms}). Columns found: {found}",
  },
  planNoKey: {
    sv: "Det finns ingen beslutad fördelningsnyckel för år {year} eller tidigare (kolumnen ”{column}” i tabellen {table}). År med nyckel: {found}",
    en: "There is no decided distribution key for the year {year} or earlier (the column “{column}” of the table {table}). Years with a key: {found}",
  },
  historyEmptyVersion: {
    sv: "Versionen är tom på rad {row} i tabellen {table} (bladet {sheet}, {cell}); varje rad i prognoshistoriken hör till en namngiven version",
    en: "The version is empty on row {row} of the table {table} (sheet {sheet}, {cell}); every row of the forecast history belongs to a named version",
  },
  historyVersionMixed: {
    sv: "Rad {row} i tabellen {table} (bladet {sheet}, {cell}) hör till versionen ”{version}” men har ett annat {column} än versionens första rad ({first})",
    en: "Row {row} of the table {table} (sheet {sheet}, {cell}) belongs to the version “{version}” but has another {column} than the version's first row ({first})",
  },
  historyLineTwice: {
    sv: "Raden ”{line}” ({allocation}) står två gånger i versionen ”{version}” i tabellen {table} (rad {first} och rad {row})",
    en: "The line “{line}” ({allocation}) is given twice in the version “{version}” of the table {table} (rows {first} and {row})",
  },
  lockLabelInUse: {
    sv: "Versionen ”{version}” finns redan i tabellen {table}; en låst prognos ändras aldrig, välj ett nytt namn",
    en: "The version “{version}” already exists in the table {table}; a locked forecast is never changed, choose a new name",
  },
  lockLabelEmpty: {
    sv: "Ge den låsta prognosen ett namn, t.ex. ”T1 2027”",
    en: "Give the locked forecast a name, e.g. “T1 2027”",
  },
  compareUnknownVersion: {
    sv: "Versionen ”{version}” finns inte i tabellen {table}. Versioner: {found}",
    en: "The version “{version}” is not in the table {table}. Versions: {found}",
  },
  historyEdited: {
    sv: "Den låsta prognosen ”{version}” i tabellen {table} har ändrats efter låsningen (raderna stämmer inte med kontrollsumman {fingerprint} som sparades i tabellen {fingerprints}); en låst version ska aldrig ändras eller raderas",
    en: "The locked forecast “{version}” in the table {table} was changed after it was locked (its rows do not match the checksum {fingerprint} kept in the table {fingerprints}); a locked version is never to be edited or deleted",
  },
  historyDeleted: {
    sv: "Den låsta prognosen ”{version}” finns i tabellen {fingerprints} men dess rader saknas i tabellen {table}; en låst version ska aldrig raderas",
    en: "The locked forecast “{version}” is listed in the table {fingerprints} but its rows are missing from the table {table}; a locked version is never to be deleted",
  },
  historyUnsealed: {
    sv: "Versionen ”{version}” i tabellen {table} har ingen kontrollsumma i tabellen {fingerprints}; den låstes inte av tillägget och kan ha ändrats",
    en: "The version “{version}” in the table {table} has no checksum in the table {fingerprints}; it was not locked by the add-in and may have been changed",
  },
  financingDiffers: {
    sv: "Finansieringen från {party} i {column} ({budget} {unit}) skiljer sig från vad nyckeln ger ({expected} {unit}: andelen av de gemensamma nettokostnaderna plus egna kostnader) med {difference} {unit}",
    en: "The financing from {party} in {column} ({budget} {unit}) differs from what the key gives ({expected} {unit}: its share of the shared net cost plus its own costs) by {difference} {unit}",
  },
} satisfies Record<string, Template>;
