import { dec, type Dec } from "../decimal";

/**
 * Numbers inside Swedish sentences (captions, narrative, warnings) — text only, never cells: a no-break space
 * groups thousands, a decimal comma, the typographic minus U+2212 (domain.md section 7).
 */
const MINUS = "\u2212";
const GROUP = "\u00a0";

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, GROUP);
}

/** "−1 234,5": the value as exact as it is, with a minus only when negative. */
export function formatAmount(value: number | Dec, decimals?: number): string {
  const exact = dec(value);
  const text = decimals === undefined ? exact.abs().toFixed() : exact.abs().toFixed(decimals);
  const [whole, fraction] = text.split(".");
  const sign = exact.isNegative() && !exact.isZero() ? MINUS : "";
  return sign + groupThousands(whole) + (fraction ? "," + fraction : "");
}

/** "+200", "−412", "0": a deviation, whose sign says surplus or deficit. */
export function formatSigned(value: number | Dec): string {
  return (dec(value).greaterThan(0) ? "+" : "") + formatAmount(value);
}

/** "44,7 %": a share as percent with at least `minDecimals` decimals (the key's published form). */
export function formatPercent(share: number | Dec, minDecimals = 1): string {
  const percent = dec(share).times(100);
  return `${formatAmount(percent, Math.max(minDecimals, percent.decimalPlaces()))} %`;
}

/** "A, B och C" */
export function listed(items: readonly string[]): string {
  return items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} och ${items[items.length - 1]}`;
}
