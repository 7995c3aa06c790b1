import { OitError } from "../../src/core/errors";
import { ALLOCATE, COSTSPLIT, KEY, PERIODBUDGET } from "../../src/functions/functions";
import { FUNCTION_MESSAGE_LIMIT, functionMessage } from "../../src/functions/message";
import { inLanguage, templates, thrown } from "./helpers";

const long = (start: string) => `${start} ${"mycket lång text ".repeat(20)}`;
const longNames = Array.from({ length: 8 }, (_, i) => long(`Kommun ${i + 1}`));

/** Every parameter a template names, as long as a user could make it: a long text, a list of long names. */
function longParams(template: string) {
  const names = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).filter((name) => name !== "where");
  return Object.fromEntries(names.map((name) => [name, name === "allowed" ? longNames : long(name)]));
}

describe("a custom function's message stays within Excel's limit", () => {
  it.each(Object.keys(templates))("%s, its quoted values as long as they come, in both languages", (code) => {
    const error = new OitError(code, longParams(templates[code].sv), { argument: "tags", row: 100_000, column: 1 }, undefined, templates[code]);
    for (const language of ["sv", "en"] as const) {
      const message = functionMessage(error, language);
      expect(message.length).toBeLessThanOrEqual(FUNCTION_MESSAGE_LIMIT);
      // The place survives the shortening: it is what the user needs to find the cell.
      expect(message).toContain("100000");
    }
  });

  const tagged = (tag: string) => [[100], [200]].map((_, i) => [i === 0 ? "Gemensam" : tag]);
  const calls: [string, () => unknown, string][] = [
    ["a long word among the users", () => KEY([[1700], [long("många")]]), "”många mycket"],
    ["a long word as the month", () => PERIODBUDGET(1200, long("augusti")), "augusti"],
    ["an unknown long allocation among long party names", () => COSTSPLIT([[100], [200]], tagged(long("Kalmar")), longNames.map((n) => [n]), longNames.map(() => [1 / 8])), "Kalmar"],
    ["a long party name twice", () => COSTSPLIT([[100]], [["Gemensam"]], [[longNames[0]], [longNames[0]]], [[0.5], [0.5]]), "Kommun 1"],
    ["a long text in the key", () => ALLOCATE([[1000]], [[long("hälften")], [0.5]]), "hälften"],
  ];

  it.each(calls)("through the function: %s", (_label, call, start) => {
    for (const tag of ["sv-SE", "en-US"]) {
      const { message } = inLanguage(tag, () => thrown(call));
      expect(message.length).toBeLessThanOrEqual(FUNCTION_MESSAGE_LIMIT);
      expect(message).toContain(start.replace("”", tag === "sv-SE" ? "”" : "“"));
      expect(message).toContain("…");
    }
  });
});
