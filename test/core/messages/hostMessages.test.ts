import { OitError, isOitError, locate } from "../../../src/core/errors";
import { describe as describeNotice, hostMessages } from "../../../src/core/messages";

const { error, notice } = hostMessages({
  sheetRefused: { sv: "Bladet ”{sheet}” kunde inte skrivas {where}", en: "The sheet “{sheet}” could not be written {where}" },
});

describe("a host's own messages", () => {
  it("an error raised with them reads in both languages without the engine knowing its code", () => {
    const raised = error("sheetRefused", { sheet: "Rapport" }, { sheet: "Rapport", row: 3 });
    expect(isOitError(raised)).toBe(true);
    expect(describeNotice(raised, "sv")).toBe("Bladet ”Rapport” kunde inte skrivas i bladet Rapport, rad 3");
    expect(describeNotice(raised, "en")).toBe("The sheet “Rapport” could not be written in sheet Rapport, row 3");
  });

  it("keeps its sentence when a caller adds the place", () => {
    const located = locate(error("sheetRefused", { sheet: "Rapport" }), { table: "Underlag" });
    expect(describeNotice(located as OitError, "en")).toBe("The sheet “Rapport” could not be written in table Underlag");
  });

  it("a notice raised with them reads as the error does", () => {
    expect(describeNotice(notice("sheetRefused", { sheet: "Fakturering" }), "sv")).toBe("Bladet ”Fakturering” kunde inte skrivas");
  });

  it("an engine error still reads by its code alone", () => {
    expect(describeNotice(new OitError("missingTable", { table: "Underlag", found: "Blad1" }), "en")).toContain("Underlag");
  });

  it("a code no catalog knows is a programming error, never a blank sentence", () => {
    const stray = new OitError("noSuchCode", {}, undefined, undefined, undefined);
    expect(() => describeNotice(stray, "sv")).toThrow("noSuchCode");
  });
});
