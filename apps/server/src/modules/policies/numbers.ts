import { beijingDay } from '@policyhub/domain';
import { sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/index.js';
import { numberSequences } from './tables.js';

/** `20251121`: the Beijing calendar date of an instant (the one calendar: @policyhub/domain). */
export { beijingDay };

/**
 * The next value of a named counter, atomically (an upsert that returns the new value), so two
 * processes never hand out the same number. The row lock lasts until the caller's transaction
 * ends; a rolled-back transaction gives its number back.
 */
export async function nextSequence(executor: Executor, name: string): Promise<number> {
  const [row] = await executor
    .insert(numberSequences)
    .values({ name, value: 1 })
    .onConflictDoUpdate({ target: numberSequences.name, set: { value: sql`${numberSequences.value} + 1` } })
    .returning({ value: numberSequences.value });
  return row!.value;
}

/**
 * A business number: prefix + Beijing date + 6-digit daily sequence, e.g. `PHTR20251121000001`.
 * Business numbers are separate from database ids (STYLE rule 8).
 */
export async function nextBusinessNumber(executor: Executor, prefix: string, now: Date): Promise<string> {
  const day = beijingDay(now);
  const seq = await nextSequence(executor, `${prefix}${day}`);
  return `${prefix}${day}${String(seq).padStart(6, '0')}`;
}

/** `count` consecutive business numbers in one statement (bulk issuing). */
export async function nextBusinessNumbers(
  executor: Executor,
  prefix: string,
  now: Date,
  count: number,
): Promise<string[]> {
  if (count <= 0) return [];
  const day = beijingDay(now);
  const [row] = await executor
    .insert(numberSequences)
    .values({ name: `${prefix}${day}`, value: count })
    .onConflictDoUpdate({
      target: numberSequences.name,
      set: { value: sql`${numberSequences.value} + ${count}` },
    })
    .returning({ value: numberSequences.value });
  const last = row!.value;
  return Array.from(
    { length: count },
    (_, i) => `${prefix}${day}${String(last - count + 1 + i).padStart(6, '0')}`,
  );
}
