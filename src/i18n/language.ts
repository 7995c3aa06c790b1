import { languageOf, type Language } from "../core/messages";

/**
 * Office's display language decides; outside Office (a browser, a test) the browser's does.
 * Kept apart from Office so the pane's components can be given a language in tests.
 */
export function paneLanguage(officeTag: string | null | undefined, browserTag: string | null | undefined): Language {
  return languageOf(officeTag || browserTag);
}
