import type { Template } from "./types";

/** Findings of the workbook checks (the task pane's Kontroll view). */
export const checksMessages = {
  noLedger: {
    sv: "Arbetsboken har inget underlag att kontrollera: ingen tabell heter Underlag eller har underlagets kolumner (Rad, Fördelning, Utfall, Årsbudget, Årsprognos). Tabeller som finns: {found}",
    en: "The workbook has no ledger to check: no table is called Underlag or has a ledger's columns (Rad, Fördelning, Utfall, Årsbudget, Årsprognos). Tables found: {found}",
  },
  keyDiffers: {
    sv: "Den beslutade andelen för {party} år {year} ({decided} %) skiljer sig från den som beräknas ur användarna ({computed} %) {where}",
    en: "The decided share of {party} for {year} ({decided} %) differs from the one computed from the users ({computed} %) {where}",
  },
  keyNotRounded: {
    sv: "Andelarna år {year} har fler decimaler än nyckelns {decimals} procentdecimaler och summerar till {sum} %, inte exakt 100 % {where}; avrunda dem till nyckelns decimaler",
    en: "The shares for {year} have more decimals than the key's {decimals} percent decimals and sum to {sum} %, not exactly 100 % {where}; round them to the key's decimals",
  },
  revenueSign: {
    sv: "Intäktsraden ”{line}” har ett positivt belopp ({value}) {where}; intäkter ska vara negativa",
    en: "The revenue line “{line}” has a positive amount ({value}) {where}; revenue should be negative",
  },
  costSign: {
    sv: "Kostnadsraden ”{line}” har ett negativt belopp ({value}) {where}; kostnader ska vara positiva",
    en: "The cost line “{line}” has a negative amount ({value}) {where}; costs should be positive",
  },
  boardFeesShared: {
    sv: "”{line}” är märkt Gemensam {where}, men nämndsarvoden är alltid egna kostnader för kommunen som valt ledamöterna",
    en: "“{line}” is tagged Gemensam {where}, but board fees are always the own costs of the municipality that elected the members",
  },
} satisfies Record<string, Template>;
