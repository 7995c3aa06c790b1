import { createContext, useContext } from "react";
import type { Language } from "../core/messages";
import { uiText, type StringId } from "../i18n/strings";

const LanguageContext = createContext<Language>("sv");

export const LanguageProvider = LanguageContext.Provider;

export interface Strings {
  language: Language;
  t: (id: StringId, params?: Record<string, string | number>) => string;
}

/** The pane's words in the user's language; components take every visible string from here. */
export function useStrings(): Strings {
  const language = useContext(LanguageContext);
  return { language, t: (id, params) => uiText(language, id, params) };
}
