import { execFileSync } from 'node:child_process';
import v8 from 'node:v8';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../src/platform/config.js';
import { applyHeapPolicy, heapGrowingFlag, relaxHeapPolicy } from '../src/platform/heap.js';

// A workload shaped like a large import: data that stays alive, and batches that live across a
// few event-loop turns (so they are promoted) before they become garbage.
const CHURN = `
import v8 from 'node:v8';
for (const flag of process.argv.slice(1)) if (flag) v8.setFlagsFromString(flag);
const live = [];
for (let i = 0; i < 150_000; i++) live.push({ i, s: 'x'.repeat(200) + i });
let peak = 0; const ring = [];
for (let round = 0; round < 80; round++) {
  const batch = [];
  for (let i = 0; i < 10_000; i++) batch.push({ a: 'y'.repeat(300) + i, b: [i, i + 1, i + 2] });
  ring.push(batch); if (ring.length > 3) ring.shift();
  await new Promise((r) => setTimeout(r, 0));
  peak = Math.max(peak, process.memoryUsage().heapTotal);
}
console.log(Math.round(peak / 1048576) + ' ' + live.length);
`;

function peakHeapMb(...flags: (string | null)[]): number {
  const out = execFileSync(
    process.execPath,
    ['--input-type=module', '-e', CHURN, ...flags.map((f) => f ?? '')],
    {
      encoding: 'utf8',
    },
  );
  return Number(out.split(' ')[0]);
}

describe('server heap policy (HEAP_GROWING_PERCENT)', () => {
  it('defaults to 50 %, 0 keeps V8 defaults, and out-of-range values are refused', () => {
    expect(heapGrowingFlag(loadConfig({}))).toBe('--heap-growing-percent=50');
    expect(heapGrowingFlag(loadConfig({ HEAP_GROWING_PERCENT: '0' }))).toBeNull();
    expect(() => loadConfig({ HEAP_GROWING_PERCENT: '-1' })).toThrow(/HEAP_GROWING_PERCENT/);
    expect(() => loadConfig({ HEAP_GROWING_PERCENT: 'many' })).toThrow(/HEAP_GROWING_PERCENT/);
  });

  it('set at run time, the default flag keeps the heap of an import-like workload far smaller', () => {
    const v8Default = peakHeapMb(null);
    const bounded = peakHeapMb(heapGrowingFlag(loadConfig({})));
    // Measured here: about 265 MB with V8's own factor, about 165 MB at 50 %.
    expect(bounded).toBeLessThan(v8Default * 0.8);
    // Setting 0 after it at run time (relaxHeapPolicy) gives V8's own factor back.
    const relaxed = peakHeapMb(heapGrowingFlag(loadConfig({})), '--heap-growing-percent=0');
    expect(bounded).toBeLessThan(relaxed * 0.8);
  }, 45_000);

  describe('relaxHeapPolicy (bulk issuing: the render workers share the flag)', () => {
    afterEach(() => vi.restoreAllMocks());

    it('sets V8 defaults while any holder is relaxed and the configured flag again after the last', () => {
      const set = vi.spyOn(v8, 'setFlagsFromString').mockImplementation(() => undefined);
      applyHeapPolicy(loadConfig({}));
      expect(set.mock.calls.map((c) => c[0])).toEqual(['--heap-growing-percent=50']);
      const outer = relaxHeapPolicy();
      const inner = relaxHeapPolicy();
      expect(set.mock.calls.map((c) => c[0])).toEqual([
        '--heap-growing-percent=50',
        '--heap-growing-percent=0',
      ]);
      inner();
      inner(); // a second release of the same holder counts once
      expect(set).toHaveBeenCalledTimes(2);
      outer();
      expect(set.mock.calls.at(-1)?.[0]).toBe('--heap-growing-percent=50');
      expect(set).toHaveBeenCalledTimes(3);
    });

    it('does nothing when the policy is off (HEAP_GROWING_PERCENT=0)', () => {
      const set = vi.spyOn(v8, 'setFlagsFromString').mockImplementation(() => undefined);
      applyHeapPolicy(loadConfig({ HEAP_GROWING_PERCENT: '0' }));
      relaxHeapPolicy()();
      expect(set).not.toHaveBeenCalled();
    });
  });
});
