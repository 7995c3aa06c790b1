import { EXAMPLE_WORKBOOK } from "../../src/cli/main";
import { loadWorkbook } from "./helpers";

describe("the example workbook's formats", () => {
  it("shows the key's Andel as percentages and the profiles' weights as the numbers they are", async () => {
    const sheet = (await loadWorkbook(EXAMPLE_WORKBOOK)).getWorksheet("Inställningar")!;
    expect([sheet.getCell("G2").numFmt, sheet.getCell("G3").numFmt]).toEqual(["0.0 %", "0.0 %"]);
    // Row 11 is Personalkostnader's profile, column G its June weight 8,7 (once shown as "870,0 %").
    expect(sheet.getCell("A11").value).toBe("Personalkostnader");
    expect(sheet.getCell("G11").value).toBe(8.7);
    expect(sheet.getCell("G11").numFmt ?? "General").not.toContain("%");
  });
});
