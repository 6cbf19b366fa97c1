import v8 from 'node:v8';
import type { Config } from './config.js';

/**
 * The V8 flag that bounds how far the heap may grow past the live data before the next full
 * collection. V8 picks a factor of up to 4 for large heap limits, so a 100,000-row import, which
 * keeps about 120 MB alive but throws away about 2 KB per row, let the serving process reach
 * 475–550 MB of resident memory on PostgreSQL; at 50 % it peaks near 310 MB at ~20 % more
 * import time (docs/BENCHMARKS.md). Returns null when V8's own heuristics are kept.
 */
export function heapGrowingFlag(config: Pick<Config, 'heapGrowingPercent'>): string | null {
  return config.heapGrowingPercent > 0 ? `--heap-growing-percent=${config.heapGrowingPercent}` : null;
}

/** The flag applyHeapPolicy set (null: V8's own), and how many callers hold it relaxed. */
let applied: string | null = null;
let relaxedBy = 0;

/**
 * Applies the serving process's heap policy. This flag is read at every full collection, so it
 * takes effect when set at run time (unlike the heap size limits, which only a command-line
 * flag can change).
 */
export function applyHeapPolicy(config: Pick<Config, 'heapGrowingPercent'>): void {
  applied = heapGrowingFlag(config);
  if (applied) v8.setFlagsFromString(applied);
}

/**
 * V8's own heap heuristics until the returned release is called (nested calls are counted). The
 * flag is process-wide, so it also made the render worker threads collect about twice as often:
 * a fifth of their time while issuing documents in bulk, which keeps little alive on the main
 * thread. `--heap-growing-percent=0` at run time is V8's default again (read at every full GC).
 */
export function relaxHeapPolicy(): () => void {
  if (relaxedBy++ === 0 && applied) v8.setFlagsFromString('--heap-growing-percent=0');
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (--relaxedBy === 0 && applied) v8.setFlagsFromString(applied);
  };
}
