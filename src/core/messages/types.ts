export type Language = "sv" | "en";

/** One message in both languages; `{name}` is replaced by the error's parameter. */
export interface Template {
  sv: string;
  en: string;
}
