import { COMMITTEE_TITLE, SHARED_TITLE, ownTitle } from "../../../src/core/report/labels";
import { reportLineAt } from "../../../src/core/report/lineAtRow";

const parties = ["Borgholm", "Mörbylånga"];
/** The first column of a report sheet: the sheet's title and headings, the committee with its lines, the shared table, an own table. */
const column = [
  "Ölands IT-nämnd – Rapport jan–aug 2027, tkr",
  "tkr",
  null,
  COMMITTEE_TITLE,
  "tkr",
  "Licenser",
  "Nämndsarvoden (Borgholm)",
  "Total",
  null,
  SHARED_TITLE,
  "tkr",
  "Licenser",
  "Total",
  "Den gemensamma avvikelsen fördelas …",
  null,
  ownTitle("Mörbylånga"),
  "tkr",
  "Nämndsarvoden",
  null,
  "Avvikelseanalys (utkast)",
  "Licenserna blev dyrare.",
];

describe("reportLineAt: the line at a row of the report sheet", () => {
  it.each([
    [5, { line: "Licenser", allocation: "Gemensam" }],
    [6, { line: "Nämndsarvoden", allocation: "Borgholm" }],
    [11, { line: "Licenser", allocation: "Gemensam" }],
    [17, { line: "Nämndsarvoden", allocation: "Mörbylånga" }],
  ])("row %i is %j", (row, line) => {
    expect(reportLineAt(column, row, parties)).toEqual(line);
  });

  it.each([
    [0, "the sheet's title"],
    [1, "the sheet's headings"],
    [2, "a blank row"],
    [3, "a table's title"],
    [10, "a table's header"],
    [20, "the analysis, under no table"],
    [30, "a row past the sheet's end"],
  ])("row %i (%s) is no line", (row) => {
    expect(reportLineAt(column, row, parties)).toBeUndefined();
  });

  it("an own table of a party that is not named is not taken for another table", () => {
    expect(reportLineAt(column, 17, ["Borgholm"])).toBeUndefined();
  });
});
