import fc from "fast-check";
import { cheapestCirculation, type Arc } from "../../../src/core/rounding/circulation";

const NODES = 4;

/** Every flow with each arc at one of its bounds (all arcs here have width 0 or 1). */
function bruteForce(arcs: Arc[]): number | undefined {
  let best: number | undefined;
  for (let mask = 0; mask < 1 << arcs.length; mask++) {
    const flow = arcs.map((a, i) => (mask >> i) & 1 ? a.high : a.low);
    if (arcs.some((a, i) => (mask >> i) & 1 && a.high === a.low)) continue;
    const balance = Array(NODES).fill(0);
    arcs.forEach((a, i) => {
      balance[a.to] += flow[i];
      balance[a.from] -= flow[i];
    });
    if (balance.some((b) => b !== 0)) continue;
    const cost = arcs.reduce((t, a, i) => t + a.unitCost * (flow[i] - a.low), 0);
    if (best === undefined || cost < best) best = cost;
  }
  return best;
}

const arcArb: fc.Arbitrary<Arc> = fc
  .record({
    from: fc.integer({ min: 0, max: NODES - 1 }),
    to: fc.integer({ min: 0, max: NODES - 1 }),
    low: fc.integer({ min: -3, max: 3 }),
    width: fc.integer({ min: 0, max: 1 }),
    unitCost: fc.integer({ min: -5, max: 5 }),
  })
  .map(({ from, to, low, width, unitCost }) => ({ from, to, low, high: low + width, unitCost }));

describe("cheapestCirculation", () => {
  it("finds a circulation exactly when one exists, at the least cost", () => {
    fc.assert(
      fc.property(fc.array(arcArb, { minLength: 1, maxLength: 10 }), (arcs) => {
        const flow = cheapestCirculation(NODES, arcs);
        const best = bruteForce(arcs);
        expect(flow === undefined).toBe(best === undefined);
        if (!flow) return;
        const balance = Array(NODES).fill(0);
        arcs.forEach((a, i) => {
          expect(flow[i]).toBeGreaterThanOrEqual(a.low);
          expect(flow[i]).toBeLessThanOrEqual(a.high);
          balance[a.to] += flow[i];
          balance[a.from] -= flow[i];
        });
        expect(balance.every((b) => b === 0)).toBe(true);
        expect(arcs.reduce((t, a, i) => t + a.unitCost * (flow[i] - a.low), 0)).toBe(best);
      }),
      { numRuns: 500 }
    );
  });
});
