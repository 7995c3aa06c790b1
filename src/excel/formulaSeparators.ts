import type { Language } from "../core/messages";

/** How a formula separates arguments and writes decimals. */
export interface FormulaSeparators {
  list: string;
  decimal: string;
}

/** The examples of the function reference are written as the pane's language writes formulas. */
export const exampleSeparators: Record<Language, FormulaSeparators> = {
  sv: { list: ";", decimal: "," },
  en: { list: ",", decimal: "." },
};

/** The regional settings a formula is typed under, as Office.js tells them. */
export interface RegionalSettings {
  /** Excel's decimal separator (Application.decimalSeparator): the system's, or Excel's own when it overrides it. */
  excel: string;
  /** The system culture's (Application.cultureInfo.numberFormat.numberDecimalSeparator); absent when Excel cannot say. */
  system?: string;
}

/**
 * The separators Excel's formulasLocal expects (its regional settings, never the display language).
 * Office.js has no list separator. The system's is ";" where its decimal separator is a comma (sv-SE,
 * de-DE, fr-FR), "," elsewhere (en-US, en-GB), and Excel takes ";" when the list separator would equal
 * its decimal separator: so ";" whenever either decimal separator is a comma. Numbers are written with
 * Excel's own decimal separator.
 */
export function separatorsOf(settings: RegionalSettings): FormulaSeparators {
  const system = settings.system || settings.excel;
  return { decimal: settings.excel, list: system === "," || settings.excel === "," ? ";" : "," };
}

/**
 * The formula with its argument and decimal separators rewritten from `from` to `to`. Text in
 * quotes is left as it is; a decimal separator counts only between digits, so "C2:C3" and names
 * stay whole.
 */
export function withSeparators(formula: string, from: FormulaSeparators, to: FormulaSeparators): string {
  let quoted = false;
  return [...formula]
    .map((char, i, chars) => {
      if (char === '"') quoted = !quoted;
      if (quoted) return char;
      if (char === from.decimal && /\d/.test(chars[i - 1] ?? "") && /\d/.test(chars[i + 1] ?? "")) return to.decimal;
      if (char === from.list) return to.list;
      return char;
    })
    .join("");
}
