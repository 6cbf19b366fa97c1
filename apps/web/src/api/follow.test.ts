import { describe, expect, it } from 'vitest';
import {
  anyPending,
  applicationPace,
  FOLLOW_FAST_MS,
  FOLLOW_FAST_READS,
  FOLLOW_SLOW_MS,
  followInterval,
  followQuery,
} from './follow';

describe('following pending results', () => {
  it('stops on a final application state, slows down for a manual review', () => {
    expect(applicationPace('underwriting')).toBe('fast');
    expect(applicationPace('accepted')).toBe('fast');
    expect(applicationPace('manual_review')).toBe('slow');
    for (const s of ['issued', 'declined', 'cancelled'] as const) expect(applicationPace(s)).toBe(false);
  });

  it('reads fast for about a minute, then every 30 s, and never when nothing is pending', () => {
    expect(followInterval('fast', 0)).toBe(FOLLOW_FAST_MS);
    expect(followInterval('fast', FOLLOW_FAST_READS - 1)).toBe(FOLLOW_FAST_MS);
    expect(followInterval('fast', FOLLOW_FAST_READS)).toBe(FOLLOW_SLOW_MS);
    expect(followInterval('slow', 0)).toBe(FOLLOW_SLOW_MS);
    expect(followInterval(false, 0)).toBe(false);
  });

  it('a list polls only while a shown row is pending; no data yet → no polling', () => {
    const interval = followQuery((items: { status: string }[]) =>
      anyPending(
        items.map((i) => i.status),
        ['sent'],
      ),
    );
    expect(interval({ state: { data: undefined, dataUpdateCount: 0 } })).toBe(false);
    expect(interval({ state: { data: [{ status: 'passed' }], dataUpdateCount: 3 } })).toBe(false);
    expect(
      interval({ state: { data: [{ status: 'passed' }, { status: 'sent' }], dataUpdateCount: 3 } }),
    ).toBe(FOLLOW_FAST_MS);
  });
});
