import { hostMessages } from "../core/messages";

/** Messages of the Office.js adapter: what happened to the workbook when Excel refused a write, what the checks found on its report sheets, and sending a copy. */
export const { error: excelError, notice: excelNotice } = hostMessages({
  workbookNotCalculated: {
    sv: "Excel har inte räknat om arbetsboken (beräkningen är manuell), så formlernas värden kan vara gamla. Tryck F9 (Formler > Beräkna nu) och försök igen",
    en: "Excel has not recalculated the workbook (calculation is manual), so its formulas' values may be out of date. Press F9 (Formulas > Calculate Now) and try again",
  },
  tableTooLargeForExcel: {
    sv: "Excel vägrade skicka raderna i tabellen {table} från rad {row}: svaret blir större än Excels gräns på {limit} MB även för en rad i taget. Korta de längsta texterna i tabellen eller flytta dem till en annan tabell",
    en: "Excel refused to send the rows of the table {table} from row {row}: the response exceeds Excel's limit of {limit} MB even for one row at a time. Shorten the longest texts in the table or move them to another table",
  },
  reportNotWritten: {
    sv: "Rapportbladet ”{sheet}” kunde inte skrivas: {detail}. Arbetsboken är oförändrad",
    en: "The report sheet “{sheet}” could not be written: {detail}. The workbook is unchanged",
  },
  reportNotWrittenLeftover: {
    sv: "Rapportbladet ”{sheet}” kunde inte skrivas: {detail}. Det ofullständiga bladet ”{leftover}” kunde inte tas bort; ta bort det för hand",
    en: "The report sheet “{sheet}” could not be written: {detail}. The incomplete sheet “{leftover}” could not be removed; delete it by hand",
  },
  // Batches in Office.js are not transactional: what ran before the refused call stays applied.
  decorationsSkipped: {
    sv: "Bladet ”{sheet}” är skrivet med alla siffror, men utskriftsinställningarna och diagrammet kunde inte läggas till: {detail}. De kan vara delvis tillagda; kontrollera sidlayouten och diagrammet innan du skriver ut",
    en: "The sheet “{sheet}” is written with all its figures, but the print settings and the chart could not be added: {detail}. They may be partly applied; check the page layout and the chart before printing",
  },
  printSettingsSkipped: {
    sv: "Bladet ”{sheet}” är skrivet med alla siffror, men utskriftsinställningarna kunde inte läggas till: {detail}. De kan vara delvis tillagda; kontrollera sidlayouten innan du skriver ut",
    en: "The sheet “{sheet}” is written with all its figures, but the print settings could not be added: {detail}. They may be partly applied; check the page layout before printing",
  },
  printScaleNotApplied: {
    sv: "Bladet ”{sheet}” är skrivet med alla siffror, men Excel behöll sin egen utskriftsskala ({scale} %) i stället för en sida bred. Välj Anpassa till en sida bred under Utskriftsformat innan du skriver ut",
    en: "The sheet “{sheet}” is written with all its figures, but Excel kept its own print scale ({scale} %) instead of one page wide. Choose Fit to one page wide under Page Setup before printing",
  },
  chartSkipped: {
    sv: "Bladet ”{sheet}” är skrivet med alla siffror, men diagrammet kunde inte läggas till: {detail}. Det kan vara delvis tillagt; kontrollera diagrammet eller ta bort det",
    en: "The sheet “{sheet}” is written with all its figures, but the chart could not be added: {detail}. It may be partly added; check the chart or delete it",
  },
  ledgerNotWritten: {
    sv: "Underlaget kunde inte skrivas till bladet ”{sheet}”: {detail}. Arbetsboken är oförändrad",
    en: "The ledger could not be written to the sheet “{sheet}”: {detail}. The workbook is unchanged",
  },
  ledgerNotWrittenLeftover: {
    sv: "Underlaget kunde inte skrivas till bladet ”{sheet}”: {detail}. Det ofullständiga bladet ”{leftover}” kunde inte tas bort; ta bort det för hand",
    en: "The ledger could not be written to the sheet “{sheet}”: {detail}. The incomplete sheet “{leftover}” could not be removed; delete it by hand",
  },
  selectReportLine: {
    sv: "Markera en rad i en av rapportens tabeller på rapportbladet (en rad med ett radnamn) och klicka igen; den markerade cellen på bladet ”{sheet}” är ingen rapportrad",
    en: "Select a line in one of the report's tables on the report sheet (a row with a line name) and click again; the selected cell on the sheet “{sheet}” is not a report line",
  },
  noLedgerToFilter: {
    sv: "Arbetsboken har ingen tabell {table} att visa raderna i; importera underlaget först",
    en: "The workbook has no table {table} to show the rows of; import the ledger first",
  },
  lineNotInLedger: {
    sv: "Ingen rad i tabellen {table} har Rad ”{line}” och Fördelning {allocation}; markera en rad med ett radnamn, inte en summa. Har underlaget ändrats sedan rapporten skrevs, skriv rapporten igen",
    en: "No row of the table {table} has Rad “{line}” and Fördelning {allocation}; select a row with a line name, not a sum. If the ledger changed since the report was written, write the report again",
  },
  reportStale: {
    sv: "Rapportbladet {sheet} stämmer inte längre med underlaget (t.ex. cell {cell}); skriv rapporten igen",
    en: "The report sheet {sheet} no longer matches the ledger (e.g. cell {cell}); write the report again",
  },
  reportMissing: {
    sv: "Det finns inget rapportblad {sheet} för perioden ännu",
    en: "There is no report sheet {sheet} for the period yet",
  },
  sendCopyUnreadable: {
    sv: "Excel lämnade inte ut arbetsboken som fil, så ingen kopia gjordes ({reason})",
    en: "Excel did not hand over the workbook as a file, so no copy was made ({reason})",
  },
  sendCopyNotOpened: {
    sv: "Kopian gjordes men Excel kunde inte öppna den som en ny arbetsbok ({reason})",
    en: "The copy was made but Excel could not open it as a new workbook ({reason})",
  },
});
