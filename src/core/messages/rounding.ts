import type { Template } from "./types";

/** Messages of controlled rounding of the report tables (domain.md section 7). */
export const roundingMessages = {
  roundingNotFinite: {
    sv: "beloppet {where} i rapportens del {part} är inte ett ändligt tal ({value}), så tabellen kan inte avrundas",
    en: "the amount {where} in part {part} of the report is not a finite number ({value}), so the table cannot be rounded",
  },
  roundingTooLarge: {
    sv: "beloppet {value} {where} i rapportens del {part} är för stort för att avrundas exakt (högst {limit} i rapportens enhet)",
    en: "the amount {value} {where} in part {part} of the report is too large to be rounded exactly (at most {limit} in the report's unit)",
  },
} satisfies Record<string, Template>;
