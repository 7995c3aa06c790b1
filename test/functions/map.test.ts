import { MAP } from "../../src/functions/functions";
import { inLanguage, thrown } from "./helpers";

const rules = [
  ["Konto", "Ansvar", "Projekt", "Rad", "Fördelning"],
  ["1000-2999", null, null, null, "Exkluderas"],
  ["5020", 1790, null, "Nämndsarvoden", "Borgholm"],
  ["5*", "1700, 1710", null, "Personalkostnader", "Gemensam"],
  ["6540-6549", null, "P1", "Licenser", "Gemensam"],
];

describe("MAP (OIT.MAPPA)", () => {
  it("gives Rad and Fördelning of the first rule that matches, for a single code string (1×2)", () => {
    expect(MAP(rules, [[5020]], [[1790]])).toEqual([["Nämndsarvoden", "Borgholm"]]);
    expect(MAP(rules, [["5020"]], [[" 1700 "]])).toEqual([["Personalkostnader", "Gemensam"]]);
    // Excel passes an omitted optional argument as null (toolchain.md).
    const omitted = null as unknown as undefined;
    expect(MAP(rules, [[1930]], omitted, omitted, omitted, omitted)).toEqual([["", "Exkluderas"]]);
  });

  it("maps columns row by row (N×2); a row without a rule is #N/A naming its code string, a blank row stays blank", () => {
    const result = inLanguage("sv-SE", () => MAP(rules, [[5010], [6540], [null], [6540]], [[1710], [null], [null], [1700]], undefined, [[null], ["P1"], [null], ["P2"]]));
    expect(result.slice(0, 3)).toEqual([["Personalkostnader", "Gemensam"], ["Licenser", "Gemensam"], ["", ""]]);
    const [cell] = result[3];
    expect(cell).toBeInstanceOf(CustomFunctions.Error);
    expect((cell as CustomFunctions.Error).code).toBe(CustomFunctions.ErrorCode.notAvailable);
    expect((cell as CustomFunctions.Error).message).toBe("Ingen regel i Mappning matchar kodsträngen Konto 6540, Ansvar 1700, Projekt P2");
  });

  it("is #N/A for a single code string no rule matches, the message in the user's language", () => {
    const error = inLanguage("en-US", () => thrown(() => MAP(rules, [[7010]], [[1700]])));
    expect(error).toEqual({ code: CustomFunctions.ErrorCode.notAvailable, message: "No rule of Mappning matches the code string Konto 7010, Ansvar 1700" });
  });

  it("passes over a draft rule (codes, no Rad, no Fördelning) as no rule yet, instead of failing the whole table", () => {
    const withDraft = [rules[0], ["7010", 1700, null, null, null], ...rules.slice(1)];
    expect(MAP(withDraft, [[5020]], [[1790]])).toEqual([["Nämndsarvoden", "Borgholm"]]);
    const error = inLanguage("en-US", () => thrown(() => MAP(withDraft, [[7010]], [[1700]])));
    expect(error).toEqual({ code: CustomFunctions.ErrorCode.notAvailable, message: "No rule of Mappning matches the code string Konto 7010, Ansvar 1700" });
  });

  it("is #VALUE! for rules that cannot be read and for code columns of different lengths, naming what is wrong", () => {
    const bad = inLanguage("sv-SE", () => thrown(() => MAP([rules[0], ["5*0", null, null, "X", "Gemensam"]], [[5010]])));
    expect(bad.code).toBe(CustomFunctions.ErrorCode.invalidValue);
    expect(bad.message).toContain("”5*0”");
    const lengths = inLanguage("en-US", () => thrown(() => MAP(rules, [[5010], [5020]], [[1700]])));
    expect(lengths.code).toBe(CustomFunctions.ErrorCode.invalidValue);
    expect(lengths.message).toBe("The codes in argument responsibility are 1 rows, but the accounts 2; give all codes as columns of one length");
  });
});
