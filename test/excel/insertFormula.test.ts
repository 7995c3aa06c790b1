import { exampleSeparators, separatorsOf, withSeparators } from "../../src/excel/formulaSeparators";
import { insertFormula } from "../../src/excel/navigation";
import { installFakeOffice } from "../fakes";

describe("an inserted example follows Excel's regional settings, not the pane's language", () => {
  const sv = "=OIT.FÖRDELA(1000,5; G2:G3; 0)";
  const en = "=OIT.ALLOCATE(1000.5, G2:G3, 0)";
  it.each([
    // The regional settings' own decimal separators, Excel using the system's (Office's language alike).
    ["sv-SE", "sv", ",", ",", sv, "=OIT.FÖRDELA(1000,5; G2:G3; 0)"],
    ["en-US", "en", ".", ".", en, "=OIT.ALLOCATE(1000.5, G2:G3, 0)"],
    ["de-DE", "en", ",", ",", en, "=OIT.ALLOCATE(1000,5; G2:G3; 0)"],
    ["fr-FR", "en", ",", ",", en, "=OIT.ALLOCATE(1000,5; G2:G3; 0)"],
    // English (UK) Excel on a machine with Swedish regional settings wants ";" and a decimal comma.
    ["en-GB with Swedish settings", "en", ",", ",", en, "=OIT.ALLOCATE(1000,5; G2:G3; 0)"],
    // Swedish Excel on a machine set to a decimal point wants ",".
    ["sv-SE Excel, en-US settings", "sv", ".", ".", sv, "=OIT.FÖRDELA(1000.5, G2:G3, 0)"],
    // Excel's own decimal point over Swedish settings: the list separator stays the system's ";".
    ["sv-SE settings, Excel's decimal point", "sv", ",", ".", sv, "=OIT.FÖRDELA(1000.5; G2:G3; 0)"],
    // Excel's own decimal comma over en-US settings: a list separator equal to it becomes ";", as Excel does.
    ["en-US settings, Excel's decimal comma", "en", ".", ",", en, "=OIT.ALLOCATE(1000,5; G2:G3; 0)"],
  ] as const)("%s", async (_case, language, system, excel, example, inserted) => {
    const host = installFakeOffice(globalThis, { sheets: [{ name: "Blad1" }] });
    host.systemDecimalSeparator = system;
    host.decimalSeparator = excel;
    await insertFormula(example, language);
    expect(host.cellAt(host.activeSheet(), 0, 0).value).toBe(inserted);
  });

  it("goes by Excel's decimal separator alone where Excel cannot tell the system's (no ExcelApi 1.11)", async () => {
    const host = installFakeOffice(globalThis, { sheets: [{ name: "Blad1" }] });
    (globalThis as unknown as { Office: typeof Office }).Office.context.requirements.isSetSupported = (set: string) => set !== "ExcelApi";
    host.systemDecimalSeparator = ".";
    host.decimalSeparator = ",";
    await insertFormula("=OIT.ALLOCATE(1000.5, G2:G3, 0)", "en");
    expect(host.cellAt(host.activeSheet(), 0, 0).value).toBe("=OIT.ALLOCATE(1000,5; G2:G3; 0)");
  });

  it("leaves quoted text, ranges and structured references alone", () => {
    const formula = '=OIT.KOSTNADSFÖRDELNING(Underlag[Utfall]; {"a;b"}; Blad1!A1:A3; 0,25)';
    expect(withSeparators(formula, exampleSeparators.sv, separatorsOf({ excel: ".", system: "." }))).toBe(
      '=OIT.KOSTNADSFÖRDELNING(Underlag[Utfall], {"a;b"}, Blad1!A1:A3, 0.25)'
    );
  });
});
