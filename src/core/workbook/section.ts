import { normalizeName, textOf } from "./names";
import type { Section } from "./types";

const sectionWords: Record<string, Section> = {
  intäkt: "revenue",
  intäkter: "revenue",
  kostnad: "cost",
  kostnader: "cost",
};

/** The section a Typ cell names (Intäkt/Kostnad, either number), or undefined for any other word. */
export function typeSection(type: unknown): Section | undefined {
  return sectionWords[normalizeName(textOf(type))];
}

/** typeSection for a table's Typ column, which repeats a word or two on every row: each distinct cell value is read once. */
export function typeSections(): (type: unknown) => Section | undefined {
  const known = new Map<unknown, Section | undefined>();
  return (type) => {
    let section = known.get(type);
    if (section === undefined && !known.has(type)) known.set(type, (section = typeSection(type)));
    return section;
  };
}

/** Kommun-Bas: class 3 accounts are revenue, the others cost. */
export function accountSection(account: unknown): Section {
  return textOf(account).startsWith("3") ? "revenue" : "cost";
}
