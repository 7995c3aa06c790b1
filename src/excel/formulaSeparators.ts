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

/**
 * The separators Excel's formulasLocal expects, from Excel's decimal separator (its regional
 * settings, not the display language). Office.js has no list separator; Excel's is ";" wherever the
 * decimal separator is a comma, "," elsewhere.
 */
export function separatorsOf(decimalSeparator: string): FormulaSeparators {
  return { decimal: decimalSeparator, list: decimalSeparator === "," ? ";" : "," };
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
