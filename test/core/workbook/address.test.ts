import fc from "fast-check";
import { cellAddress, sheetReference, splitAddress } from "../../../src/core/workbook/address";

describe("cell addresses on a sheet", () => {
  it("quotes a sheet name only when it is not a plain word, doubling inner quotes", () => {
    expect(cellAddress("Underlag", "D7")).toBe("Underlag!D7");
    expect(cellAddress("Rapport jan–aug 2027", "$A$1")).toBe("'Rapport jan–aug 2027'!$A$1");
    expect(sheetReference("Kalles blad's")).toBe("'Kalles blad''s'");
    expect(sheetReference("2027")).toBe("'2027'");
  });

  it("reads back what it writes, whatever the sheet's name", () => {
    const cell = fc.tuple(fc.constantFrom("A", "D", "AB"), fc.integer({ min: 1, max: 1048576 })).map(([c, r]) => `${c}${r}`);
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 31 }), cell, (sheet, at) => {
        expect(splitAddress(cellAddress(sheet, at))).toEqual({ sheet, cell: at });
      })
    );
  });
});
