// What every measure of the bench shares: the collector, medians and clocks, heap figures, and
// where the tables and the progress lines go.

import process from "node:process";
import { setTimeout as sleep } from "node:timers/promises";
import { runInThisContext } from "node:vm";

export const gcNow: () => void = (() => {
  // The global `gc` that --expose-gc defines, fetched without naming a global the linter flags.
  const g = runInThisContext('typeof gc === "function" ? gc : undefined') as (() => void) | undefined;
  if (!g) throw new Error("run with node --expose-gc (npm run bench does)");
  return () => g();
})();

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** CPU time (user + system, every thread of the process: GC helpers too) since `start`, in ms. */
export function cpuMs(start: ReturnType<typeof process.cpuUsage>): number {
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
}

export async function settle(): Promise<void> {
  // Array buffer backing stores are freed after the collection, possibly on another thread.
  gcNow();
  await sleep(20);
  gcNow();
  await sleep(20);
  gcNow();
}

/** Heap plus memory outside the heap (typed array backing stores), in bytes. */
export function memoryNow(): { heap: number; external: number } {
  const m = process.memoryUsage();
  return { heap: m.heapUsed, external: m.external };
}

let toStderr = false;
/** With --json the tables go to stderr, so that stdout holds the JSON document alone. */
export function tablesToStderr(on: boolean): void {
  toStderr = on;
}
export function out(line = ""): void {
  (toStderr ? process.stderr : process.stdout).write(`${line}\n`);
}
export function progress(line: string): void {
  process.stderr.write(`${line}\n`);
}

/** The result column: busy (not judged), no target, or the verdict. */
export function verdictText(m: { reliable: boolean; pass: boolean | null }): string {
  if (!m.reliable) return "busy";
  return m.pass === null ? "—" : m.pass ? "pass" : "FAIL";
}
