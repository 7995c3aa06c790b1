/** What a stored formula names: the functions it calls and the other names it refers to. */
export interface FormulaNames {
  calls: string[];
  references: string[];
}

const nameChar = /[\p{L}\p{N}_.\\?]/u;

/** Index just past a quoted run (`"…"` or `'…'`, the quote doubled inside). */
function pastQuoted(formula: string, at: number): number {
  const quote = formula[at];
  let i = at + 1;
  while (i < formula.length) {
    if (formula[i] === quote) {
      if (formula[i + 1] !== quote) return i + 1;
      i++;
    }
    i++;
  }
  return i;
}

/** Index just past a bracketed run: `[1]`, `Tabell[Kolumn]`, `T[[#Data],[Andel (%)]]` (`'` escapes inside). */
function pastBracketed(formula: string, at: number): number {
  let depth = 0;
  for (let i = at; i < formula.length; i++) {
    if (formula[i] === "'") i++;
    else if (formula[i] === "[") depth++;
    else if (formula[i] === "]" && --depth === 0) return i + 1;
  }
  return formula.length;
}

/**
 * The names in a formula as the file stores it (invariant syntax, `,` between arguments), with
 * their qualifiers (`[2]!`, `'Bok 1.xlsx'!`, `Blad1!`) kept, so strings, quoted sheet names and
 * structured references never read as names. Written here because no maintained library
 * tokenises Excel formulas for the browser and Node alike; only names are needed, not a parse tree.
 */
export function formulaNames(formula: string): FormulaNames {
  const calls: string[] = [];
  const references: string[] = [];
  let word = "";
  const end = (call: boolean) => {
    if (word && !/^[\d.]/.test(word)) (call ? calls : references).push(word);
    word = "";
  };
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      word = "";
      i = pastQuoted(formula, i);
    } else if (ch === "'") {
      const next = pastQuoted(formula, i);
      word += formula.slice(i, next);
      i = next;
    } else if (ch === "[") {
      const next = pastBracketed(formula, i);
      word += formula.slice(i, next);
      i = next;
    } else if (nameChar.test(ch) || ch === "!") {
      word += ch;
      i++;
    } else {
      end(ch === "(");
      i++;
    }
  }
  end(false);
  return { calls, references };
}

/** The name itself, without a workbook or sheet qualifier (`[2]!X`, `'Bok.xlsx'!X`, `Blad1!X`). */
export function unqualified(name: string): string {
  return name.slice(name.lastIndexOf("!") + 1);
}

/**
 * Whether a called function is one of the add-in's, in each form Excel stores it: `OIT.FÖRDELA`
 * (known when saved), `_xldudf_OIT_ALLOCATE` (a JavaScript custom function; the dots of the name
 * become underscores), `_xludf.OIT.X` (a function Excel did not know), each possibly qualified.
 */
export function isOitFunction(name: string): boolean {
  const bare = unqualified(name).replace(/^_xludf\./i, "");
  return /^OIT\./i.test(bare) || /^_xldudf_OIT_/i.test(bare);
}
