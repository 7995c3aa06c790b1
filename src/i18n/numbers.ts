import type { Language } from "../core/messages";

const locales: Record<Language, string> = { sv: "sv-SE", en: "en-GB" };

/** An amount inside a sentence or a pane label (never a cell): grouped, signed when asked. */
export function formatAmount(value: number, language: Language, signed = false): string {
  return new Intl.NumberFormat(locales[language], {
    maximumFractionDigits: 2,
    signDisplay: signed ? "exceptZero" : "auto",
  }).format(value);
}

/** Kronor and öre as the export and the reconciliation carry them: always two decimals, "−20 086 123,45". */
export function formatKronor(value: number, language: Language): string {
  return new Intl.NumberFormat(locales[language], { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

/** A key share (a fraction) as the board publishes it: "44,7 %". */
export function formatShare(share: number, language: Language, percentDecimals = 1): string {
  return new Intl.NumberFormat(locales[language], {
    style: "percent",
    minimumFractionDigits: percentDecimals,
    maximumFractionDigits: percentDecimals,
  }).format(share);
}
