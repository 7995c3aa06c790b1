import type { Template } from "./types";

/** Messages of the Office.js adapter (src/excel): what happened to the workbook when Excel refused a write. */
export const excelMessages = {
  reportNotWritten: {
    sv: "Rapportbladet ”{sheet}” kunde inte skrivas: {detail}. Arbetsboken är oförändrad",
    en: "The report sheet “{sheet}” could not be written: {detail}. The workbook is unchanged",
  },
  reportNotWrittenLeftover: {
    sv: "Rapportbladet ”{sheet}” kunde inte skrivas: {detail}. Det ofullständiga bladet ”{leftover}” kunde inte tas bort; ta bort det för hand",
    en: "The report sheet “{sheet}” could not be written: {detail}. The incomplete sheet “{leftover}” could not be removed; delete it by hand",
  },
} satisfies Record<string, Template>;
