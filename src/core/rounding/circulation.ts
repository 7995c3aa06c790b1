/** An arc of a network whose flow must lie in [low, high] and costs unitCost per unit. */
export interface Arc {
  from: number;
  to: number;
  low: number;
  high: number;
  unitCost: number;
}

/**
 * Residual graph in flat arrays: edge e and its reverse e ^ 1 are stored side by side.
 */
class Residual {
  readonly head: number[];
  readonly next: number[] = [];
  readonly to: number[] = [];
  readonly capacity: number[] = [];
  readonly cost: number[] = [];

  constructor(nodeCount: number) {
    this.head = Array(nodeCount).fill(-1);
  }

  add(from: number, to: number, capacity: number, cost: number): number {
    const edge = this.to.length;
    this.link(from, to, capacity, cost);
    this.link(to, from, 0, -cost);
    return edge;
  }

  private link(from: number, to: number, capacity: number, cost: number): void {
    this.next.push(this.head[from]);
    this.head[from] = this.to.length;
    this.to.push(to);
    this.capacity.push(capacity);
    this.cost.push(cost);
  }
}

/** Binary min-heap of [distance, node] pairs; stale entries are skipped by the caller. */
class Heap {
  private readonly items: [number, number][] = [];

  get size(): number {
    return this.items.length;
  }

  push(item: [number, number]): void {
    const items = this.items;
    items.push(item);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (items[parent][0] <= items[i][0]) break;
      [items[parent], items[i]] = [items[i], items[parent]];
      i = parent;
    }
  }

  pop(): [number, number] {
    const items = this.items;
    const top = items[0];
    const last = items.pop() as [number, number];
    if (items.length > 0) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < items.length && items[left][0] < items[smallest][0]) smallest = left;
        if (right < items.length && items[right][0] < items[smallest][0]) smallest = right;
        if (smallest === i) break;
        [items[smallest], items[i]] = [items[i], items[smallest]];
        i = smallest;
      }
    }
    return top;
  }
}

/** Shortest path tree from source under reduced costs (Dijkstra); returns the edge into each node, -1 if none. */
function shortestPaths(graph: Residual, source: number, potential: number[]): { into: number[]; distance: number[] } {
  const distance = Array(graph.head.length).fill(Infinity);
  const into = Array(graph.head.length).fill(-1);
  const heap = new Heap();
  distance[source] = 0;
  heap.push([0, source]);
  while (heap.size > 0) {
    const [d, node] = heap.pop();
    if (d > distance[node]) continue;
    for (let e = graph.head[node]; e !== -1; e = graph.next[e]) {
      if (graph.capacity[e] === 0) continue;
      const to = graph.to[e];
      const candidate = d + graph.cost[e] + potential[node] - potential[to];
      if (candidate < distance[to]) {
        distance[to] = candidate;
        into[to] = e;
        heap.push([candidate, to]);
      }
    }
  }
  return { into, distance };
}

/**
 * A cheapest integral circulation: flows within each arc's bounds, inflow = outflow at every
 * node, least total cost; undefined when no such flow exists. Every arc starts at its cheaper
 * bound, so all residual costs are non-negative; the node imbalances this leaves are then
 * removed by successive shortest paths from a super source to a super sink.
 */
export function cheapestCirculation(nodeCount: number, arcs: readonly Arc[]): number[] | undefined {
  const flow = arcs.map((arc) => (arc.unitCost < 0 ? arc.high : arc.low));
  const excess: number[] = Array(nodeCount).fill(0);
  arcs.forEach((arc, i) => {
    excess[arc.to] += flow[i];
    excess[arc.from] -= flow[i];
  });
  const source = nodeCount;
  const sink = nodeCount + 1;
  const graph = new Residual(nodeCount + 2);
  const edges = arcs.map((arc) =>
    arc.unitCost < 0
      ? graph.add(arc.to, arc.from, arc.high - arc.low, -arc.unitCost)
      : graph.add(arc.from, arc.to, arc.high - arc.low, arc.unitCost)
  );
  let missing = 0;
  excess.forEach((amount, node) => {
    if (amount > 0) graph.add(source, node, amount, 0);
    if (amount < 0) graph.add(node, sink, -amount, 0);
    missing += Math.max(amount, 0);
  });
  const potential: number[] = Array(nodeCount + 2).fill(0);
  while (missing > 0) {
    const { into, distance } = shortestPaths(graph, source, potential);
    if (into[sink] === -1) return undefined;
    distance.forEach((d, node) => {
      if (d < Infinity) potential[node] += d;
    });
    let amount = missing;
    for (let node = sink; node !== source; node = graph.to[into[node] ^ 1]) amount = Math.min(amount, graph.capacity[into[node]]);
    for (let node = sink; node !== source; node = graph.to[into[node] ^ 1]) {
      graph.capacity[into[node]] -= amount;
      graph.capacity[into[node] ^ 1] += amount;
    }
    missing -= amount;
  }
  // The flow pushed on an arc's residual edge is the capacity its reverse edge gained.
  return arcs.map((arc, i) => flow[i] + (arc.unitCost < 0 ? -1 : 1) * graph.capacity[edges[i] ^ 1]);
}
