import type { Template } from "./types";

/** Messages of the package editor (src/xlsx) and of sending a frozen copy: what a file is, and what freezing it could not do. */
export const xlsxMessages = {
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
  sendCopyUnreadable: {
    sv: "Excel lämnade inte ut arbetsboken som fil, så ingen kopia gjordes ({reason})",
    en: "Excel did not hand over the workbook as a file, so no copy was made ({reason})",
  },
  sendCopyNotOpened: {
    sv: "Kopian gjordes men Excel kunde inte öppna den som en ny arbetsbok ({reason})",
    en: "The copy was made but Excel could not open it as a new workbook ({reason})",
  },
} satisfies Record<string, Template>;
