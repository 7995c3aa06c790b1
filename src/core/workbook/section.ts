import { normalizeName, textOf } from "./names";
import type { Section } from "./types";

const sectionWords: Record<string, Section> = {
  intäkt: "revenue",
  intäkter: "revenue",
  kostnad: "cost",
  kostnader: "cost",
};

/** The section a Typ cell names (Intäkt/Kostnad, either number), or undefined for any other word. */
export function typeSection(type: unknown, normal: (name: string) => string = normalizeName): Section | undefined {
  return sectionWords[normal(textOf(type))];
}

/** Kommun-Bas: class 3 accounts are revenue, the others cost. */
export function accountSection(account: unknown): Section {
  return textOf(account).startsWith("3") ? "revenue" : "cost";
}
