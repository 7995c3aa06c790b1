/**
 * The cheapest rounding of one section's lines as a min-cost flow, solved by successive
 * shortest paths on the shape this network has. Every line node joins exactly three hubs
 * (the source, the subtrahend node, the minuend node) by one arc each, and lines never join each
 * other, so a shortest path visits at most the three hubs with one line between two of them:
 * the best line for each hop is kept in a heap, and a path is one of 15 hub orders. Each unit
 * of flow then costs O(log n) instead of a Dijkstra over the whole network (issue 7: a section
 * of 5 000 lines took seconds).
 */

/**
 * The hubs: the source, the subtrahend node, the minuend node. A line joins each hub by one arc, numbered as the
 * hub it joins, at `ARCS × line + arc` in the network's arrays and in each line's flows.
 */
const SOURCE = 0;
const SUBTRAHEND = 1;
const MINUEND = 2;
const HUBS = [SOURCE, SUBTRAHEND, MINUEND];
export const DIFFERENCE_ARC = SOURCE;
export const SUBTRAHEND_ARC = SUBTRAHEND;
export const MINUEND_ARC = MINUEND;
const ARCS = HUBS.length;
const arcAt = (line: number, arc: number): number => ARCS * line + arc;

/** One arc of a line: whether it may carry 1 (0 when its figure is whole), and what carrying 1 costs more than 0. */
export interface LineArc {
  width: 0 | 1;
  unitCost: number;
}

/**
 * A line of the section network. difference: source → line, subtrahend: subtrahend node → line,
 * minuend: line → minuend node; `surplus` (0 or 1, 2 beside a kept figure shown above its exact
 * value) is the fixed units from the line to the source that the floors of its three figures leave over.
 */
export interface FlowLine {
  difference: LineArc;
  subtrahend: LineArc;
  minuend: LineArc;
  surplus: number;
}

const HUB_ORDERS = [[0], [1], [2], [0, 1], [0, 2], [1, 0], [1, 2], [2, 0], [2, 1], [0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]];

interface Entry {
  cost: number;
  line: number;
  /** the arc used (start, end) or first arc × ARCS + second arc (a hop) */
  arcs: number;
  version: number;
}

function before(a: Entry, b: Entry): boolean {
  return a.cost < b.cost || (a.cost === b.cost && (a.line < b.line || (a.line === b.line && a.arcs < b.arcs)));
}

/** A binary min-heap of entries; entries of a line that changed since are skipped when they surface. */
class Heap {
  constructor(private readonly items: Entry[] = []) {}

  push(entry: Entry): void {
    const items = this.items;
    items.push(entry);
    for (let i = items.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (!before(items[i], items[parent])) break;
      [items[parent], items[i]] = [items[i], items[parent]];
      i = parent;
    }
  }

  copy(): Heap {
    return new Heap(this.items.slice());
  }

  /** The cheapest entry that is still current, dropping stale ones on the way. */
  top(current: (entry: Entry) => boolean): Entry | undefined {
    while (this.items.length > 0 && !current(this.items[0])) this.pop();
    return this.items[0];
  }

  private pop(): void {
    const items = this.items;
    const last = items.pop() as Entry;
    if (items.length === 0) return;
    items[0] = last;
    for (let i = 0; ; ) {
      const left = 2 * i + 1;
      let smallest = i;
      if (left < items.length && before(items[left], items[smallest])) smallest = left;
      if (left + 1 < items.length && before(items[left + 1], items[smallest])) smallest = left + 1;
      if (smallest === i) return;
      [items[smallest], items[i]] = [items[i], items[smallest]];
      i = smallest;
    }
  }
}

/** The cheapest way to leave or reach a hub, or to hop between two: a line's entry, or the hub's own excess (no entry, cost 0). */
interface Step {
  cost: number;
  entry?: Entry;
}

const HUB_STEP: Step = { cost: 0 };

/** A path and the hubs it starts and ends at (where a step without a line takes or leaves its unit). */
interface Path {
  cost: number;
  steps: Step[];
  first: number;
  last: number;
}

const copyHeap = (heap: Heap): Heap => heap.copy();

class SectionNetwork {
  private constructor(
    private readonly width: number[],
    private readonly unitCost: number[],
    readonly flow: number[],
    private readonly excess: number[],
    private readonly version: number[],
    private readonly hubExcess: number[],
    private readonly hops: Heap[],
    private readonly starts: Heap[],
    private readonly ends: Heap[]
  ) {}

  private readonly current = (entry: Entry): boolean => entry.version === this.version[entry.line];

  /** The network with every arc at its cheaper bound (so the residual network has no negative cycle) and both sums at their floors. */
  static of(lines: readonly FlowLine[]): SectionNetwork {
    const width: number[] = [];
    const unitCost: number[] = [];
    const flow: number[] = [];
    const hubExcess = [0, 0, 0];
    const excess = lines.map((line) => {
      const arcs = [line.difference, line.subtrahend, line.minuend]; // DIFFERENCE_ARC, SUBTRAHEND_ARC, MINUEND_ARC
      const flows = arcs.map((arc) => (arc.width === 1 && arc.unitCost < 0 ? 1 : 0));
      arcs.forEach((arc, k) => {
        width.push(arc.width);
        unitCost.push(arc.unitCost);
        flow.push(flows[k]);
      });
      hubExcess[SOURCE] += line.surplus - flows[DIFFERENCE_ARC];
      hubExcess[SUBTRAHEND] -= flows[SUBTRAHEND_ARC];
      hubExcess[MINUEND] += flows[MINUEND_ARC];
      return flows[DIFFERENCE_ARC] + flows[SUBTRAHEND_ARC] - flows[MINUEND_ARC] - line.surplus;
    });
    const heaps = (count: number) => Array.from({ length: count }, () => new Heap());
    const network = new SectionNetwork(width, unitCost, flow, excess, lines.map(() => 0), hubExcess, heaps(HUBS.length * HUBS.length), heaps(HUBS.length), heaps(HUBS.length));
    lines.forEach((_, i) => network.enter(i));
    return network;
  }

  copy(): SectionNetwork {
    return new SectionNetwork(this.width, this.unitCost, [...this.flow], [...this.excess], [...this.version], [...this.hubExcess], this.hops.map(copyHeap), this.starts.map(copyHeap), this.ends.map(copyHeap));
  }

  /** Raises the fixed flows of the section's sums: minuend node → source, source → subtrahend node. */
  raiseSums(minuendUps: number, subtrahendUps: number): void {
    this.hubExcess[SOURCE] += minuendUps - subtrahendUps;
    this.hubExcess[SUBTRAHEND] += subtrahendUps;
    this.hubExcess[MINUEND] -= minuendUps;
  }

  /** Units still to be moved from nodes with too much inflow to nodes with too little. */
  private missing(): number {
    const positive = (sum: number, x: number) => sum + Math.max(x, 0);
    return this.excess.reduce(positive, 0) + this.hubExcess.reduce(positive, 0);
  }

  private entersLine(arc: number): boolean {
    return arc % ARCS !== MINUEND_ARC ? this.flow[arc] === 0 : this.flow[arc] === 1;
  }

  private residualCost(arc: number): number {
    return this.flow[arc] === 0 ? this.unitCost[arc] : -this.unitCost[arc];
  }

  /** Files the line's current hops, starts and ends in the heaps. */
  private enter(line: number): void {
    const version = this.version[line];
    // Arc a joins hub a.
    for (let a = 0; a < ARCS; a++) {
      if (this.width[arcAt(line, a)] === 0) continue;
      const cost = this.residualCost(arcAt(line, a));
      if (this.entersLine(arcAt(line, a))) {
        if (this.excess[line] < 0) this.ends[a].push({ cost, line, arcs: a, version });
        for (let b = 0; b < ARCS; b++) {
          if (this.width[arcAt(line, b)] === 0 || this.entersLine(arcAt(line, b))) continue;
          this.hops[a * HUBS.length + b].push({ cost: cost + this.residualCost(arcAt(line, b)), line, arcs: a * ARCS + b, version });
        }
      } else if (this.excess[line] > 0) {
        this.starts[a].push({ cost, line, arcs: a, version });
      }
    }
  }

  private cheaper(hubHasIt: boolean, heap: Heap): Step | undefined {
    const entry = heap.top(this.current);
    if (hubHasIt && (!entry || entry.cost >= 0)) return HUB_STEP;
    return entry && { cost: entry.cost, entry };
  }

  /** The cheapest path from a node with excess to one short of flow; undefined when there is none. */
  private shortestPath(): Path | undefined {
    const starts = HUBS.map((hub) => this.cheaper(this.hubExcess[hub] > 0, this.starts[hub]));
    const ends = HUBS.map((hub) => this.cheaper(this.hubExcess[hub] < 0, this.ends[hub]));
    const hops = this.hops.map((heap): Step | undefined => {
      const entry = heap.top(this.current);
      return entry && { cost: entry.cost, entry };
    });
    let best: Path | undefined;
    for (const order of HUB_ORDERS) {
      const first = order[0];
      const last = order[order.length - 1];
      const steps = [starts[first]];
      for (let i = 1; i < order.length; i++) steps.push(hops[order[i - 1] * HUBS.length + order[i]]);
      steps.push(ends[last]);
      if (steps.some((step) => !step)) continue;
      const cost = steps.reduce((sum, step) => sum + (step as Step).cost, 0);
      if (best && cost >= best.cost) continue;
      // A path through one line twice holds a cycle of cost ≥ 0: a shorter order is as cheap.
      const lines = steps.flatMap((step) => ((step as Step).entry ? [(step as Step).entry!.line] : []));
      if (new Set(lines).size < lines.length) continue;
      best = { cost, steps: steps as Step[], first, last };
    }
    return best;
  }

  private flip(line: number, k: number): void {
    this.flow[arcAt(line, k)] ^= 1;
  }

  /** Moves one unit along the path: the flows of its lines flip, its first node loses a unit of excess, its last gains one. */
  private augment({ steps, first, last }: Path): void {
    const touched = new Set<number>();
    steps.forEach((step, i) => {
      const entry = step.entry;
      if (!entry) {
        this.hubExcess[i === 0 ? first : last] += i === 0 ? -1 : 1;
        return;
      }
      touched.add(entry.line);
      if (i === 0 || i === steps.length - 1) {
        this.flip(entry.line, entry.arcs);
        this.excess[entry.line] += i === 0 ? -1 : 1;
      } else {
        this.flip(entry.line, Math.floor(entry.arcs / ARCS));
        this.flip(entry.line, entry.arcs % ARCS);
      }
    });
    for (const line of touched) {
      this.version[line]++;
      this.enter(line);
    }
  }

  /** Moves every unit of excess; false when some cannot be moved (no rounding adds up to the given sums). */
  solve(): boolean {
    for (let missing = this.missing(); missing > 0; missing--) {
      const path = this.shortestPath();
      if (!path) return false;
      this.augment(path);
    }
    return true;
  }

  flows(): number[][] {
    return this.excess.map((_, i) => this.flow.slice(arcAt(i, 0), arcAt(i + 1, 0)));
  }
}

/**
 * For each requested pair of sums (units of flow into the minuend node's fixed arc to the source,
 * and out of the source to the subtrahend node), the cheapest flows (per line: difference, subtrahend,
 * minuend, each 0 or 1), or undefined when no flow balances every node. The pairs differ by a
 * unit or two: each is solved from the solved network of the smallest, a few paths more
 * (successive shortest paths stay optimal when a fixed flow changes).
 */
export function cheapestSectionFlows(lines: readonly FlowLine[], sums: readonly (readonly [number, number])[]): (number[][] | undefined)[] {
  if (sums.length === 0) return [];
  const minuendBase = Math.min(...sums.map(([minuend]) => minuend));
  const subtrahendBase = Math.min(...sums.map(([, subtrahend]) => subtrahend));
  const base = SectionNetwork.of(lines);
  base.raiseSums(minuendBase, subtrahendBase);
  // Where the smallest pair has no flow, what was moved is still on shortest paths: the others go on from there.
  base.solve();
  return sums.map(([minuend, subtrahend]) => {
    const network = base.copy();
    network.raiseSums(minuend - minuendBase, subtrahend - subtrahendBase);
    return network.solve() ? network.flows() : undefined;
  });
}
