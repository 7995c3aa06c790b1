import { exampleSeparators, separatorsOf, withSeparators } from "../../src/excel/formulaSeparators";
import { insertFormula } from "../../src/excel/navigation";
import { installFakeOffice } from "../fakes";

describe("an inserted example follows Excel's regional settings, not the pane's language", () => {
  it.each([
    // English Excel with Swedish regional settings wants ";" and a decimal comma.
    ["en", ",", "=OIT.ALLOCATE(1000.5, G2:G3, 0)", "=OIT.ALLOCATE(1000,5; G2:G3; 0)"],
    // Swedish Excel on a machine set to a decimal point wants ",".
    ["sv", ".", "=OIT.FÖRDELA(1000,5; G2:G3; 0)", "=OIT.FÖRDELA(1000.5, G2:G3, 0)"],
    ["sv", ",", "=OIT.FÖRDELA(1000,5; G2:G3; 0)", "=OIT.FÖRDELA(1000,5; G2:G3; 0)"],
    ["en", ".", "=OIT.KEY(C2:C3, 1)", "=OIT.KEY(C2:C3, 1)"],
  ] as const)("a %s example under Excel's decimal %s", async (language, decimal, example, inserted) => {
    const host = installFakeOffice(globalThis, { sheets: [{ name: "Blad1" }] });
    host.decimalSeparator = decimal;
    await insertFormula(example, language);
    expect(host.cellAt(host.activeSheet(), 0, 0).value).toBe(inserted);
  });

  it("leaves quoted text, ranges and structured references alone", () => {
    const formula = '=OIT.KOSTNADSFÖRDELNING(Underlag[Utfall]; {"a;b"}; Blad1!A1:A3; 0,25)';
    expect(withSeparators(formula, exampleSeparators.sv, separatorsOf("."))).toBe(
      '=OIT.KOSTNADSFÖRDELNING(Underlag[Utfall], {"a;b"}, Blad1!A1:A3, 0.25)'
    );
  });
});
