import fc from "fast-check";
import { reportSheetSlot } from "../../src/cli/reportSheetSlot";
import { terminalFigure } from "../../src/cli/textReport";

describe("reportSheetSlot", () => {
  test("its own name when free or the add-in's; a numbered name past the user's sheets", () => {
    expect(reportSheetSlot("Rapport jan–aug 2027", ["Underlag"], [])).toBe("Rapport jan–aug 2027");
    expect(reportSheetSlot("Rapport jan–aug 2027", ["Rapport jan–aug 2027"], ["Rapport jan–aug 2027"])).toBe("Rapport jan–aug 2027");
    expect(reportSheetSlot("Rapport jan–aug 2027", ["RAPPORT jan–aug 2027"], [])).toBe("Rapport jan–aug 2027 (2)");
    expect(reportSheetSlot("Rapport jan–aug 2027", ["Rapport jan–aug 2027", "Rapport jan–aug 2027 (2)"], ["Rapport jan–aug 2027 (2)"])).toBe(
      "Rapport jan–aug 2027 (2)"
    );
  });

  test("never a sheet of the user's, never longer than Excel allows", () => {
    const name = fc.string({ minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(name, fc.array(name, { maxLength: 6 }), fc.array(name, { maxLength: 3 }), (wanted, users, ours) => {
        const existing = [...users, ...ours];
        const usersOnly = users.filter((user) => !ours.some((own) => own.toLowerCase() === user.toLowerCase()));
        const slot = reportSheetSlot(wanted, existing, ours);
        expect(slot.length).toBeLessThanOrEqual(31);
        expect(usersOnly.map((user) => user.toLowerCase())).not.toContain(slot.toLowerCase());
      })
    );
  });
});

test("terminal figures: a plain space between thousands, ASCII minus, no -0", () => {
  expect(terminalFigure(-1234567)).toBe("-1 234 567");
  expect(terminalFigure(999)).toBe("999");
  expect(terminalFigure(-0)).toBe("0");
  fc.assert(
    fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
      expect(Number(terminalFigure(n).replace(/ /g, ""))).toBe(n);
    })
  );
});
