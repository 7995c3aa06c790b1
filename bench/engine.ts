import { Dec } from "../src/core/decimal";
import { allocator, costSplit, key, type TaggedLine } from "../src/core/rules";
import { ALLOCATE, KEY } from "../src/functions/functions";
import { measure, report, type Measurement } from "./measure";
import { sequence } from "./sequence";

const count = 100_000;

/** Deterministic amounts in kronor with öre, both signs (no Math.random: runs stay comparable). */
function amounts(): number[] {
  const next = sequence(12345);
  return Array.from({ length: count }, () => Math.round((next() / 2147483648 - 0.3) * 1e9) / 100);
}

/**
 * The baseline the engine is compared with: the same largest-remainder method on binary floats,
 * as a quick hand-written version would do it (not exact; only a speed reference).
 */
function floatAllocate(amount: number, shares: readonly number[]): number[] {
  const magnitude = Math.round(Math.abs(amount));
  const exact = shares.map((share) => magnitude * share);
  const parts = exact.map(Math.trunc);
  let missing = magnitude - parts.reduce((sum, part) => sum + part, 0);
  const order = exact.map((_, i) => i).sort((a, b) => exact[b] - parts[b] - (exact[a] - parts[a]) || a - b);
  for (const i of order) {
    if (missing <= 0) break;
    parts[i] += 1;
    missing -= 1;
  }
  return parts.map((part) => (amount < 0 ? -part : part));
}

function floatBaseline(name: string, floats: readonly number[], values: readonly number[]): Measurement {
  return measure(`float baseline (${name})`, () => values.map((a) => floatAllocate(a, floats)));
}

function allocateSection(name: string, users: number[], values: readonly number[]): string {
  const shares = key(users);
  const split = allocator(shares);
  const engine = measure(`ALLOCATE ${values.length} amounts, ${users.length} parties`, () => values.map((a) => split(a)));
  const floats = shares.map((share) => share.toNumber());
  return report(engine, floatBaseline(name, floats, values));
}

/**
 * What the user runs: the custom function over a column of amounts with a published 2-party key,
 * both as Excel passes them (any[][]), returning number[][].
 */
function customFunctionSection(values: readonly number[]): string {
  const column = values.map((amount) => [amount]);
  const excelKey = [[0.447], [0.553]];
  const fn = measure(`=OIT.ALLOCATE(${values.length} × 1 column, 2-party key)`, () => ALLOCATE(column, excelKey));
  return report(fn, floatBaseline("2 parties", [0.447, 0.553], values));
}

function costSplitSection(values: readonly number[]): string {
  const parties = ["Borgholm", "Mörbylånga"];
  const tags = ["Gemensam", "Gemensam", "Gemensam", ...parties];
  const lines: TaggedLine[] = values.map((amount, i) => ({ amount, tag: tags[i % tags.length] }));
  const shares = key([1700, 2100]);
  const floats = shares.map((share) => share.toNumber());
  const engine = measure(`COSTSPLIT ${lines.length} tagged lines`, () => costSplit(lines, parties, shares));
  const baseline = measure("float baseline (cost split)", () => {
    const sums = new Map<string, number>();
    for (const line of lines) {
      const tag = line.tag.trim().toLowerCase();
      sums.set(tag, (sums.get(tag) ?? 0) + (line.amount as number));
    }
    return floatAllocate(sums.get("gemensam") ?? 0, floats).map(
      (part, i) => part + Math.round(sums.get(parties[i].toLowerCase()) ?? 0)
    );
  });
  return report(engine, baseline);
}

/** The float reference for a key: shares users_i / Σ users, Hamilton on floats to 1 percent decimal. */
function floatKey(users: readonly number[]): number[] {
  const total = users.reduce((sum, n) => sum + n, 0);
  const exact = users.map((n) => (n / total) * 1000);
  const parts = exact.map(Math.floor);
  let missing = 1000 - parts.reduce((sum, part) => sum + part, 0);
  const order = exact.map((_, i) => i).sort((a, b) => exact[b] - parts[b] - (exact[a] - parts[a]) || a - b);
  for (const i of order) {
    if (missing <= 0) break;
    parts[i] += 1;
    missing -= 1;
  }
  return parts.map((part) => part / 1000);
}

/** =OIT.KEY over a column of 100 000 user counts (issue 7: 95 s before; goal < 200 ms), as Excel passes it. */
function keySection(): string {
  const next = sequence(777);
  const users = Array.from({ length: count }, () => next() % 5000);
  const column = users.map((n) => [n]);
  const fn = measure(`=OIT.KEY(${count} × 1 column of users)`, () => KEY(column));
  return report(fn, measure("float baseline (key)", () => floatKey(users)));
}

/** The engine's section of `npm run bench`: lines to print. */
export function engineBench(): string[] {
  const values = amounts();
  return [
    allocateSection("2 parties", [1700, 2100], values),
    customFunctionSection(values),
    allocateSection("10 parties", [1700, 2100, 950, 3020, 10, 777, 1234, 4321, 600, 15000], values),
    costSplitSection(values),
    keySection(),
    `(exactness check: Σ ALLOCATE of the first amount = ${Dec.sum(...allocator(key([1700, 2100]))(values[0]))}, amount ${values[0]})`,
  ];
}
