import { performance } from 'node:perf_hooks';

export interface Timing {
  p50_ms: number;
  p99_ms: number;
}

/** One benchmark row: a measured operation beside its baseline, measured in the same run. */
export interface BenchRow {
  name: string;
  /** Rows or answers involved. */
  size: number;
  p50_ms: number;
  p99_ms: number;
  baseline_p50_ms: number;
  /** p50 / baseline p50. */
  ratio: number;
  /** What the baseline is, for the printed table. */
  baseline: string;
}

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

/** Runs `fn` `warmup` times unmeasured, then `iterations` times, and returns p50 and p99 in milliseconds. */
export async function measure(fn: () => unknown, { iterations = 200, warmup = 20 } = {}): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { p50_ms: percentile(samples, 50), p99_ms: percentile(samples, 99) };
}

/**
 * Like `measure`, but runs `setup` before each call unmeasured: for operations
 * that need a fresh state each time (a database closed a certain way before it is opened).
 */
export async function measureWithSetup(setup: () => unknown, fn: () => unknown, { iterations = 200, warmup = 20 } = {}): Promise<Timing> {
  for (let i = 0; i < warmup; i++) {
    await setup();
    await fn();
  }
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    await setup();
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { p50_ms: percentile(samples, 50), p99_ms: percentile(samples, 99) };
}

export function row(name: string, size: number, measured: Timing, baseline: Timing, baselineName: string): BenchRow {
  return {
    name,
    size,
    p50_ms: round(measured.p50_ms),
    p99_ms: round(measured.p99_ms),
    baseline_p50_ms: round(baseline.p50_ms),
    ratio: round(baseline.p50_ms > 0 ? measured.p50_ms / baseline.p50_ms : Number.NaN, 2),
    baseline: baselineName,
  };
}

function round(value: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
