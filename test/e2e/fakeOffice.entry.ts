// The test's stand-in for office.js in the browser: the fake Excel host, seeded by the test.
import { installFakeOffice, type FakeWorkbookSeed } from "../fakes";
import { cellAddress } from "../fakes/state";

declare global {
  interface Window {
    oitSeed: FakeWorkbookSeed;
    oitDisplayLanguage: string;
    fakeExcel: ReturnType<typeof installFakeOffice>;
    /** The selected cell as sheet and A1 address, for asserting where "go to the cell" went. */
    fakeSelection: () => { sheet: string; cell: string } | null;
    /** Ids the functions bundle registered with CustomFunctions.associate. */
    associatedFunctions: string[];
  }
}

window.fakeExcel = installFakeOffice(window, window.oitSeed, { displayLanguage: window.oitDisplayLanguage });

window.fakeSelection = () => {
  const selection = window.fakeExcel.selection;
  return selection ? { sheet: selection.sheet.name, cell: cellAddress(selection.rect.row, selection.rect.column) } : null;
};

// In the shared runtime office.js also brings the custom-functions runtime; the page's
// functions bundle registers with it on load.
window.associatedFunctions = [];
Object.assign(window, {
  CustomFunctions: {
    associate: (id: string) => window.associatedFunctions.push(id),
    Error: class extends Error {},
    ErrorCode: { invalidValue: "#VALUE!", divisionByZero: "#DIV/0!", notAvailable: "#N/A" },
  },
});
