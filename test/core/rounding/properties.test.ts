import fc from "fast-check";
import { Dec } from "../../../src/core/decimal";
import { SIX, amount, controlled, exactCommittee, exactOf, partsArb, perCell, rowsOf } from "./helpers";
import { expectControlled } from "./promises";

// Up to 5 parts of up to 12 lines: at most 60 lines, both sections, sections often empty.
const ledgers = partsArb(amount, 5, 12);

const toIntegers = (row: unknown[]): bigint[] => (row as Dec[]).map((e) => BigInt(e.toFixed(0)));
const halfAwayFromZero = (e: Dec): Dec => e.abs().plus(0.5).floor().times(e.isNegative() ? -1 : 1);

describe("roundControlled on generated ledgers", () => {
  it("keeps its promises on the report's six columns: within 1 of exact, additive, the committee the parts' sum", () => {
    fc.assert(
      fc.property(ledgers, (parts) => void expectControlled(SIX, parts)),
      { numRuns: 300 }
    );
  });

  it("is deterministic and does not depend on earlier calls", () => {
    fc.assert(
      fc.property(ledgers, ledgers, (parts, other) => {
        const first = controlled(parts);
        controlled(other);
        expect(controlled(parts)).toEqual(first);
      }),
      { numRuns: 50 }
    );
  });

  it("leaves whole numbers as they are", () => {
    const whole = fc.integer({ min: -100_000, max: 100_000 }).map((n) => new Dec(n));
    fc.assert(
      fc.property(partsArb(whole, 4, 10), (parts) => {
        controlled(parts).parts.forEach((table, p) => expect(rowsOf(table)).toEqual(rowsOf(exactOf(parts[p])).map(toIntegers)));
      }),
      { numRuns: 100 }
    );
  });
});

describe("roundPerCell on generated ledgers", () => {
  it("rounds every figure half away from zero from its own exact value", () => {
    fc.assert(
      fc.property(ledgers, (parts) => {
        const report = perCell(parts);
        const expectRounded = (shown: unknown[][], exact: unknown[][]) =>
          expect(shown).toEqual((exact as Dec[][]).map((row) => toIntegers(row.map(halfAwayFromZero))));
        report.parts.forEach((table, p) => expectRounded(rowsOf(table), rowsOf(exactOf(parts[p]))));
        expectRounded(rowsOf(report.committee), rowsOf(exactCommittee(parts)));
      }),
      { numRuns: 200 }
    );
  });
});
