import type { Template } from "./types";

/** Messages of the calculation rules (domain.md sections 1–6) and of input parsing. */
export const engineMessages = {
  notANumber: {
    sv: "”{value}” {where} är inte ett tal",
    en: "“{value}” {where} is not a number",
  },
  errorValue: {
    sv: "cellen {where} innehåller felvärdet {value}",
    en: "the cell {where} holds the error value {value}",
  },
  notFinite: {
    sv: "cellen {where} är inte ett ändligt tal ({value})",
    en: "the cell {where} is not a finite number ({value})",
  },
  blank: {
    sv: "cellen {where} är tom, men ett värde krävs",
    en: "the cell {where} is blank, but a value is required",
  },
} satisfies Record<string, Template>;
