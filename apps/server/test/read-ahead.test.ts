import { describe, expect, it } from 'vitest';
import { readAhead, rechunk } from '../src/platform/read-ahead.js';

const tick = () => new Promise((r) => setImmediate(r));

describe('readAhead', () => {
  it('produces the next item while the consumer works on this one, in order', async () => {
    const log: string[] = [];
    async function* source() {
      for (let i = 1; i <= 3; i++) {
        log.push(`make ${i}`);
        await tick();
        yield i;
      }
    }
    const seen: number[] = [];
    for await (const n of readAhead(source(), 1)) {
      log.push(`use ${n}`);
      await tick();
      await tick();
      log.push(`done ${n}`);
      seen.push(n);
    }
    expect(seen).toEqual([1, 2, 3]);
    // Item 2 was being made while item 1 was used (a plain for-await makes it after 'done 1').
    expect(log.indexOf('make 2')).toBeLessThan(log.indexOf('done 1'));
  });

  it("passes on the source's error at its place, after the items before it", async () => {
    async function* source() {
      yield 1;
      throw new Error('写入保单失败');
    }
    const seen: number[] = [];
    await expect(
      (async () => {
        for await (const n of readAhead(source(), 2)) seen.push(n);
      })(),
    ).rejects.toThrow('写入保单失败');
    expect(seen).toEqual([1]);
  });

  it('closes the source when the consumer stops early', async () => {
    let closed = false;
    let made = 0;
    async function* source() {
      try {
        for (;;) {
          made++;
          yield made;
        }
      } finally {
        closed = true;
      }
    }
    for await (const n of readAhead(source(), 1)) if (n === 2) break;
    expect(closed).toBe(true);
    expect(made).toBeLessThanOrEqual(4); // two used, at most depth + 1 asked ahead
  });
});

describe('rechunk', () => {
  it('regroups batches of any size into chunks of one size, nothing lost or repeated', async () => {
    async function* batches() {
      yield [1, 2, 3, 4, 5];
      yield [];
      yield [6, 7];
      yield [8, 9, 10, 11, 12, 13, 14];
    }
    const out: number[][] = [];
    for await (const c of rechunk(batches(), 4)) out.push(c);
    expect(out).toEqual([
      [1, 2, 3, 4],
      [5, 6, 7, 8],
      [9, 10, 11, 12],
      [13, 14],
    ]);
    const fromArray: number[][] = [];
    for await (const c of rechunk([1, 2, 3, 4, 5], 2)) fromArray.push(c);
    expect(fromArray).toEqual([[1, 2], [3, 4], [5]]);
  });
});
