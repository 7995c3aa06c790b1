import { hostMessages } from "../core/messages";

/** Messages of the package editor: what a file is, and what freezing it could not do. */
export const { error: xlsxError, notice: xlsxNotice } = hostMessages({
  xlsxNotAZip: {
    sv: "Filen är ingen Excel-arbetsbok (.xlsx): den går inte att läsa som zip-paket ({reason})",
    en: "The file is not an Excel workbook (.xlsx): it cannot be read as a zip package ({reason})",
  },
  xlsxNoWorkbook: {
    sv: "Filen är ett zip-paket men ingen Excel-arbetsbok: den saknar arbetsboksdelen (xl/workbook.xml)",
    en: "The file is a zip package but not an Excel workbook: it has no workbook part (xl/workbook.xml)",
  },
  freezeNoValue: {
    sv: "{count} OIT-formler har inget beräknat värde att spara ({cells}): öppna arbetsboken i Excel med tillägget, låt den räkna klart och spara den först",
    en: "{count} OIT formulas have no computed value to keep ({cells}): open the workbook in Excel with the add-in, let it finish calculating and save it first",
  },
  freezeNameKeepsOit: {
    sv: "Namnen {names} anropar OIT-funktioner och fungerar inte utan tillägget (cellerna som använder dem har fått sina värden)",
    en: "The names {names} call OIT functions and do not work without the add-in (the cells that use them now hold their values)",
  },
  freezeRuleKeepsOit: {
    sv: "Villkorsstyrd formatering eller dataverifiering i bladet {sheet} anropar OIT-funktioner och fungerar inte utan tillägget",
    en: "Conditional formatting or data validation on sheet {sheet} calls OIT functions and does not work without the add-in",
  },
});
