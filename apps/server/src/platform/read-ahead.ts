/**
 * Pulls up to `depth` items of `source` ahead of its consumer, so that producing the next item
 * (e.g. writing the next chunk of policies) runs while the consumer works on this one (signing
 * their documents). An async generator queues overlapping next() calls and answers them in order.
 * When the consumer stops early, the source is closed after the items already asked for.
 */
export async function* readAhead<T>(source: AsyncIterable<T>, depth = 1): AsyncGenerator<T> {
  const it = source[Symbol.asyncIterator]();
  const asked: Promise<IteratorResult<T>>[] = [];
  let finished = false;
  try {
    for (;;) {
      while (asked.length < depth + 1) {
        const next = it.next();
        next.catch(() => undefined); // rethrown below when its turn comes
        asked.push(next);
      }
      const r = await asked.shift()!;
      if (r.done) {
        finished = true;
        return;
      }
      yield r.value;
    }
  } finally {
    if (!finished) {
      await Promise.allSettled(asked);
      await it.return?.();
    }
  }
}

/** The items of `batches` (arrays or an async source of arrays) regrouped into arrays of `size`. */
export async function* rechunk<T>(
  batches: readonly T[] | AsyncIterable<readonly T[]>,
  size: number,
): AsyncGenerator<T[]> {
  if (Array.isArray(batches)) {
    const all = batches as readonly T[];
    for (let i = 0; i < all.length; i += size) yield all.slice(i, i + size);
    return;
  }
  let carry: T[] = [];
  for await (const batch of batches as AsyncIterable<readonly T[]>) {
    carry = carry.concat(batch);
    let at = 0;
    for (; carry.length - at >= size; at += size) yield carry.slice(at, at + size);
    carry = carry.slice(at);
  }
  if (carry.length) yield carry;
}
