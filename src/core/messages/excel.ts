import type { Template } from "./types";

/** Messages of the Office.js adapter (src/excel): what happened to the workbook when Excel refused a write. */
export const excelMessages = {
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
} satisfies Record<string, Template>;
