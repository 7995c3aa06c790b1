/**
 * One timed section of the benchmark: medians of several runs after a warm-up, in milliseconds.
 * Both wall-clock and CPU time: on a shared machine the wall clock also counts other processes.
 */
export interface Measurement {
  name: string;
  wallMs: number;
  cpuMs: number;
}

type Sample = Omit<Measurement, "name">;

/** Starts the clocks; calling the result reads the wall and CPU time since then. */
function startClocks(): () => Sample {
  const startCpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  return () => {
    const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
    const used = process.cpuUsage(startCpu);
    return { wallMs, cpuMs: (used.user + used.system) / 1e3 };
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function medianOf(name: string, samples: readonly Sample[]): Measurement {
  return { name, wallMs: median(samples.map((s) => s.wallMs)), cpuMs: median(samples.map((s) => s.cpuMs)) };
}

export function measure(name: string, run: () => unknown, options: { runs?: number; warmups?: number } = {}): Measurement {
  const { runs = 7, warmups = 2 } = options;
  for (let i = 0; i < warmups; i++) run();
  const samples: Sample[] = [];
  for (let i = 0; i < runs; i++) {
    const stop = startClocks();
    run();
    samples.push(stop());
  }
  return medianOf(name, samples);
}

/** measure() for async runs (file I/O), without warm-up: each run is long enough to stand alone. */
export async function measureAsync(name: string, run: () => Promise<unknown>, runs = 3): Promise<Measurement> {
  const samples: Sample[] = [];
  for (let i = 0; i < runs; i++) {
    const stop = startClocks();
    await run();
    samples.push(stop());
  }
  return medianOf(name, samples);
}

/** "name: 12.3 ms wall, 11.9 ms CPU" and, against a baseline, the CPU-time ratio. */
export function report(measurement: Measurement, baseline?: Measurement): string {
  const ratio = baseline ? `, ${(measurement.cpuMs / baseline.cpuMs).toFixed(1)}× ${baseline.name}` : "";
  return `${measurement.name}: ${measurement.wallMs.toFixed(1)} ms wall, ${measurement.cpuMs.toFixed(1)} ms CPU${ratio}`;
}
