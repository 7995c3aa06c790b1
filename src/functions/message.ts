import type { MessageParams, Notice, OitError } from "../core/errors";
import { describe, type Language } from "../core/messages";

/**
 * Excel shows a custom function's message in the cell's tooltip, and Excel on Mac cuts it near
 * 255 characters: a message is kept within 200, the place in it included.
 */
export const FUNCTION_MESSAGE_LIMIT = 200;
/** A quoted value (a label, a name, a list of names) keeps its first characters. */
const VALUE_LIMIT = 40;
const ELLIPSIS = "…";

function clip(text: string, limit: number): string {
  return text.length <= limit ? text : text.slice(0, limit - 1).trimEnd() + ELLIPSIS;
}

/** Text and lists shortened; numbers stay whole, since a figure cut short would be a wrong figure. */
function shortParams(params: MessageParams): MessageParams {
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      typeof value === "number" ? value : clip(Array.isArray(value) ? value.join(", ") : String(value), VALUE_LIMIT),
    ])
  );
}

/**
 * The sentence a custom function's error carries: the engine's, its quoted values shortened so
 * that what is wrong and where still fit Excel's tooltip; cut at the limit as a last resort.
 */
export function functionMessage(notice: Notice | OitError, language: Language): string {
  const text = describe({ ...notice, params: shortParams(notice.params) }, language);
  return clip(text, FUNCTION_MESSAGE_LIMIT);
}
