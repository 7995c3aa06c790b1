import { draftKey, type DraftRow } from "../../src/taskpane/keyDraft";

const rows = (borgholm: string, morbylanga: string): DraftRow[] => [
  { party: "Borgholm", users: borgholm, share: "46" },
  { party: "Mörbylånga", users: morbylanga, share: "54" },
];

describe("draftKey", () => {
  it("reads the users typed with a thousands space as the key does (1 700 and 2 100: 44,7 % and 55,3 %)", () => {
    const draft = draftKey(rows("1 700", "2 100"), 1);
    expect(draft.error).toBeUndefined();
    expect(draft.computed?.map(String)).toEqual(["0.447", "0.553"]);
    // The decided 46 % and 54 % are off the users either way the counts are written.
    expect(draft.differs).toEqual([true, true]);
    expect(draftKey(rows("1700", "2100"), 1).differs).toEqual(draft.differs);
  });
});
