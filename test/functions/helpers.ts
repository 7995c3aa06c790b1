import { Dec } from "../../src/core/decimal";
import type { Template } from "../../src/core/messages";
import { engineMessages } from "../../src/core/messages/engine";
import { setLanguageSource } from "../../src/functions/language";
import { functionsMessages } from "../../src/functions/messages";

export const templates: Record<string, Template> = { ...engineMessages, ...functionsMessages };

/** What a custom function threw: Excel's error code and the message the user reads. */
export function thrown(call: () => unknown): { code: string; message: string } {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(CustomFunctions.Error);
    const { code, message } = error as CustomFunctions.Error;
    return { code, message: message ?? "" };
  }
  throw new Error("the function returned instead of throwing");
}

/** A pattern for the sentences a message template can produce (any parameters, any place). */
export function templatePattern(template: string): RegExp {
  const escaped = template.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\\\{\w+\\\}/g, "[\\s\\S]*?");
  return new RegExp(`^${escaped.replace(/\s+/g, "\\s*")}$`, "i");
}

/** Runs `body` with the user's display language set to `tag`, then goes back to Office's. */
export function inLanguage<T>(tag: string, body: () => T): T {
  setLanguageSource(() => tag);
  try {
    return body();
  } finally {
    setLanguageSource();
  }
}

/** Exact sum of numbers as Excel shows them (their shortest decimal text). */
export function exactSum(values: readonly number[]): Dec {
  return values.reduce((sum, v) => sum.plus(new Dec(v)), new Dec(0));
}
