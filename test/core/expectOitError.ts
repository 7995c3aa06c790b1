import { isOitError, type OitError } from "../../src/core/errors";
import { describe as describeError, type MessageCode } from "../../src/core/messages";

/**
 * Runs `action`, expects an OitError with `code`, and checks that both the Swedish and the
 * English sentence contain the given fragments (typically the row/column or argument named).
 */
export function expectOitError(
  action: () => unknown,
  code: MessageCode,
  fragments: { sv?: string[]; en?: string[] } = {}
): OitError {
  let caught: unknown;
  try {
    action();
  } catch (error) {
    caught = error;
  }
  if (!isOitError(caught)) throw new Error(`expected OitError ${code}, got ${String(caught)}`);
  expect(caught.code).toBe(code);
  const sv = describeError(caught, "sv");
  const en = describeError(caught, "en");
  for (const fragment of fragments.sv ?? []) expect(sv).toContain(fragment);
  for (const fragment of fragments.en ?? []) expect(en).toContain(fragment);
  expect(sv).not.toMatch(/\{\w+\}|undefined/);
  expect(en).not.toMatch(/\{\w+\}|undefined/);
  return caught;
}
