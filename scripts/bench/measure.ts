// Timing helpers for `npm run bench`: run a function many times, report median and p95 in ms.
import { performance } from 'node:perf_hooks';

export interface Timing {
  median: number;
  p95: number;
  runs: number;
}

export function time(fn: () => unknown, { runs = 50, warmup = 5 } = {}): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(runs / 2)], p95: samples[Math.min(runs - 1, Math.floor(runs * 0.95))], runs };
}

export interface Row {
  what: string;
  value: number;
  unit: string;
  budget: number | null;
  note?: string;
}

export function report(title: string, rows: Row[]): boolean {
  console.log(`\n${title}`);
  let ok = true;
  for (const r of rows) {
    const pass = r.budget === null || r.value <= r.budget;
    ok &&= pass;
    const budget = r.budget === null ? '' : `  budget ${r.budget} ${r.unit}  ${pass ? 'ok' : 'OVER BUDGET'}`;
    console.log(`  ${r.what.padEnd(58)} ${r.value.toFixed(r.unit === 'ms' ? 3 : 1).padStart(10)} ${r.unit}${budget}${r.note ? `  (${r.note})` : ''}`);
  }
  return ok;
}
