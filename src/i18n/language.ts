import type { Language } from "../core/messages";

/**
 * The locales for which the manifest points Excel at the Swedish function metadata
 * (functions.sv-SE.json). Excel picks the metadata by the exact display language, so a locale
 * outside this list gets the English names, whatever its language.
 */
export const SWEDISH_LOCALES: readonly string[] = ["sv-SE", "sv-FI"];

/**
 * Office's display language ("sv-SE", "en-US", …) to ours, one rule for the pane, the functions'
 * messages and the examples the pane inserts: Swedish exactly where Excel has the Swedish
 * function names (SWEDISH_LOCALES), else English, so the pane never offers a name Excel lacks.
 */
export function languageOf(tag: string | undefined | null): Language {
  const locale = tag?.toLowerCase();
  return SWEDISH_LOCALES.some((swedish) => swedish.toLowerCase() === locale) ? "sv" : "en";
}

/**
 * Office's display language tag ("sv-SE"), or undefined where Office.js is not loaded (a browser
 * outside Office, jest). Here, beside the rule that reads it and with no import but a type, so the
 * functions and the pane both use it without pulling in the Office adapter (excel/).
 */
export function officeDisplayLanguage(): string | undefined {
  return typeof Office === "undefined" ? undefined : Office.context?.displayLanguage;
}

/**
 * Office's display language decides; outside Office (a browser, a test) the browser's does.
 * Given the tags rather than reading them, so the pane's components can be given a language in tests.
 */
export function paneLanguage(officeTag: string | null | undefined, browserTag: string | null | undefined): Language {
  return languageOf(officeTag || browserTag);
}
