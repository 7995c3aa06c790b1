import fc from "fast-check";
import { cheapestSectionFlows, type FlowLine } from "../../../src/core/rounding/sectionFlow";

const ARCS = ["difference", "subtrahend", "minuend"] as const;

/** Whether the flows (per line: difference, subtrahend, minuend) balance every node of the section network. */
function balances(lines: readonly FlowLine[], flows: number[][], minuendUps: number, subtrahendUps: number): boolean {
  const total = (k: number) => flows.reduce((sum, f) => sum + f[k], 0);
  const surplus = lines.reduce((sum, line) => sum + line.surplus, 0);
  const atLines = lines.every((line, i) => flows[i][0] + flows[i][1] === flows[i][2] + line.surplus);
  return atLines && total(2) === minuendUps && total(1) === subtrahendUps && minuendUps + surplus === subtrahendUps + total(0);
}

const costOf = (lines: readonly FlowLine[], flows: number[][]): number =>
  lines.reduce((sum, line, i) => sum + ARCS.reduce((s, arc, k) => s + line[arc].unitCost * flows[i][k], 0), 0);

/** Every flow with each arc at 0 or (when it may) 1: the least cost of those that balance, or undefined. */
function bruteForce(lines: readonly FlowLine[], minuendUps: number, subtrahendUps: number): number | undefined {
  let best: number | undefined;
  const bits = lines.length * 3;
  for (let mask = 0; mask < 1 << bits; mask++) {
    const flows = lines.map((_, i) => [0, 1, 2].map((k) => (mask >> (3 * i + k)) & 1));
    if (lines.some((line, i) => ARCS.some((arc, k) => flows[i][k] > line[arc].width))) continue;
    if (!balances(lines, flows, minuendUps, subtrahendUps)) continue;
    const cost = costOf(lines, flows);
    if (best === undefined || cost < best) best = cost;
  }
  return best;
}

const arcArb = fc.record({ width: fc.constantFrom<0 | 1>(0, 1, 1), unitCost: fc.integer({ min: -5, max: 5 }) });
const lineArb: fc.Arbitrary<FlowLine> = fc.record({ difference: arcArb, subtrahend: arcArb, minuend: arcArb, surplus: fc.integer({ min: 0, max: 1 }) });
/** Lines and up to four pairs of sums differing by a unit each, as the section's sum choices are (some beyond reach). */
const problemArb = fc.array(lineArb, { minLength: 1, maxLength: 4 }).chain((lines) =>
  fc.record({
    lines: fc.constant(lines),
    base: fc.tuple(fc.integer({ min: 0, max: lines.length }), fc.integer({ min: 0, max: lines.length })),
    raises: fc.subarray<[number, number]>([[0, 0], [1, 0], [0, 1], [1, 1]], { minLength: 1 }),
  })
);

describe("cheapestSectionFlows", () => {
  it("finds a balanced flow for each pair of sums exactly when one exists, at the least cost", () => {
    fc.assert(
      fc.property(problemArb, ({ lines, base, raises }) => {
        const sums = raises.map(([b, o]): [number, number] => [base[0] + b, base[1] + o]);
        cheapestSectionFlows(lines, sums).forEach((flows, s) => {
          const [minuendUps, subtrahendUps] = sums[s];
          const best = bruteForce(lines, minuendUps, subtrahendUps);
          expect(flows === undefined).toBe(best === undefined);
          if (!flows) return;
          lines.forEach((line, i) => ARCS.forEach((arc, k) => expect(flows[i][k]).toBeLessThanOrEqual(line[arc].width)));
          expect(balances(lines, flows, minuendUps, subtrahendUps)).toBe(true);
          expect(costOf(lines, flows)).toBe(best);
        });
      }),
      { numRuns: 2000 }
    );
  });
});
