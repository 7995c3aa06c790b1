/**
 * One timed section of the benchmark: medians of several runs after a warm-up, in milliseconds.
 * Both wall-clock and CPU time: on a shared machine the wall clock also counts other processes.
 */
export interface Measurement {
  name: string;
  wallMs: number;
  cpuMs: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export function measure(name: string, run: () => unknown, options: { runs?: number; warmups?: number } = {}): Measurement {
  const { runs = 7, warmups = 2 } = options;
  for (let i = 0; i < warmups; i++) run();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const startCpu = process.cpuUsage();
    const start = process.hrtime.bigint();
    run();
    wall.push(Number(process.hrtime.bigint() - start) / 1e6);
    const used = process.cpuUsage(startCpu);
    cpu.push((used.user + used.system) / 1e3);
  }
  return { name, wallMs: median(wall), cpuMs: median(cpu) };
}

/** "name: 12.3 ms wall, 11.9 ms CPU" and, against a baseline, the CPU-time ratio. */
export function report(measurement: Measurement, baseline?: Measurement): string {
  const ratio = baseline ? `, ${(measurement.cpuMs / baseline.cpuMs).toFixed(1)}× ${baseline.name}` : "";
  return `${measurement.name}: ${measurement.wallMs.toFixed(1)} ms wall, ${measurement.cpuMs.toFixed(1)} ms CPU${ratio}`;
}
