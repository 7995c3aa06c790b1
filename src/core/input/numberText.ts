import { Dec } from "../decimal";

// Thousands separators Swedish text uses: space, no-break space, narrow no-break space, thin and figure space.
const groupSeparator = "[ \\u00a0\\u202f\\u2009\\u2007]";
// Minus signs people paste: hyphen-minus, the typographic minus (Intl's Swedish output) and the en dash.
const minus = "[-\\u2212\\u2013]";
const numberPattern = new RegExp(
  `^(${minus}|\\+)?${groupSeparator}*` +
    `(\\d{1,3}(?:${groupSeparator}\\d{3})+|\\d*)` +
    `(?:[.,](\\d+))?` +
    `(${groupSeparator}*%)?$`
);

/**
 * A number written as text the way Swedish Excel users write it ("1 234,50", "−90", "44,7 %"),
 * or in invariant form ("1234.5"). Undefined when the text is not such a number.
 */
export function parseNumberText(text: string): Dec | undefined {
  const match = numberPattern.exec(text.trim());
  if (!match) return undefined;
  const [, sign, integerPart, fractionPart, percent] = match;
  if (integerPart === "" && fractionPart === undefined) return undefined;
  const digits = `${integerPart.replace(/\D/g, "") || "0"}.${fractionPart ?? "0"}`;
  const magnitude = new Dec(digits);
  const signed = sign && sign !== "+" ? magnitude.negated() : magnitude;
  return percent ? signed.div(100) : signed;
}
