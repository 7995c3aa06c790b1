import fc from "fast-check";
import { terminalFigure } from "../../src/cli/textReport";

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
