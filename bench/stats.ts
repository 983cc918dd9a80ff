// Small helpers every bench section shares: timing, percentiles, garbage collection, a text table.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/** Sorted copy, then the value below which `p` (0-1) of the samples fall (nearest rank). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

export const median = (samples: readonly number[]) => percentile(samples, 0.5);

/** Milliseconds per call of `fn` for each input, `rounds` times, after an untimed warm-up on `warmUp` inputs. */
export function timeEach<T>(
  inputs: readonly T[],
  fn: (input: T) => unknown,
  { rounds = 1, warmUp = inputs.length }: { rounds?: number; warmUp?: number } = {},
): number[] {
  for (const input of inputs.slice(0, warmUp)) fn(input);
  collectGarbage();
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const input of inputs) {
      const start = performance.now();
      fn(input);
      samples.push(performance.now() - start);
    }
  }
  return samples;
}

let gc: (() => void) | undefined;

/**
 * Runs a full collection when it can. Without `--expose-gc`, the flag is switched on at run time
 * (a fresh context then exposes `gc`), so `npm run bench` (plain `tsx bench/run.ts`) still gets it.
 */
export function collectGarbage(): boolean {
  if (!gc) {
    const existing = (globalThis as { gc?: () => void }).gc;
    if (typeof existing === "function") gc = existing;
    else {
      try {
        setFlagsFromString("--expose-gc");
        gc = runInNewContext("gc") as () => void;
      } catch {
        return false;
      }
    }
  }
  gc?.();
  gc?.();
  return gc !== undefined;
}

/**
 * Builds `copies` of something (all kept alive) and reports the mean build time and the mean heap
 * growth per copy, after full collections on both sides (NaN without gc). Small indexes are built
 * many times over, or the figure drowns in the noise of the heap.
 */
export function buildCost<T>(build: () => T, copies = 1): { value: T; ms: number; bytes: number } {
  const canCollect = collectGarbage();
  const before = process.memoryUsage().heapUsed;
  const kept: T[] = [];
  const start = performance.now();
  for (let i = 0; i < copies; i++) kept.push(build());
  const ms = (performance.now() - start) / copies;
  collectGarbage();
  const after = process.memoryUsage().heapUsed;
  return { value: kept[0] as T, ms, bytes: canCollect ? (after - before) / copies : Number.NaN };
}

/** Every n-th input, so that at most `count` remain (slow baselines are timed on a sample). */
export function sample<T>(inputs: readonly T[], count: number): T[] {
  const stride = Math.max(1, Math.ceil(inputs.length / count));
  return inputs.filter((_, i) => i % stride === 0);
}

export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return "n/a";
  if (ms < 0.01) return `${(ms * 1000).toFixed(1)} µs`;
  if (ms < 1) return `${(ms * 1000).toFixed(0)} µs`;
  if (ms < 100) return `${ms.toFixed(2)} ms`;
  return `${ms.toFixed(0)} ms`;
}

export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return "n/a";
  if (Math.abs(bytes) < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

export const formatPercent = (share: number) =>
  Number.isFinite(share) ? `${(share * 100).toFixed(1)} %` : "n/a";

export function formatRatio(ours: number, theirs: number): string {
  if (!Number.isFinite(ours) || !Number.isFinite(theirs) || theirs === 0) return "n/a";
  const ratio = ours / theirs;
  return ratio < 0.01 ? ratio.toExponential(1) : ratio.toFixed(2);
}

/** A plain-text table: the first column left-aligned, the others right-aligned. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}
