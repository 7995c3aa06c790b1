import type { Language } from "../core/messages";
import { languageOf, officeDisplayLanguage } from "../i18n/language";

/** Where the user's display language comes from: Office in Excel, a test's choice in jest. */
export type LanguageSource = () => string | undefined;

let languageSource: LanguageSource = officeDisplayLanguage;

/** Replace where the language comes from (tests); call without an argument to go back to Office. */
export function setLanguageSource(source: LanguageSource = officeDisplayLanguage): void {
  languageSource = source;
}

/** The language of the messages the user reads now. */
export function currentLanguage(): Language {
  return languageOf(languageSource());
}
