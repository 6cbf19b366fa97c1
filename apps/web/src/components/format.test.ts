import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import { beijingDayRange, formatDate, formatTime, formatYuan } from './format';

describe('web formatting is Beijing time whatever the browser zone', () => {
  it('formats an instant as Beijing date and time', () => {
    // 05:08:44Z is 13:08:44 in Beijing; 16:30Z is already the next Beijing day.
    expect(formatTime('2026-12-02T05:08:44.556Z')).toBe('2026-12-02 13:08:44');
    expect(formatTime('2026-12-02T16:30:00Z')).toBe('2026-12-03 00:30:00');
    expect(formatDate('2026-12-02T16:30:00Z')).toBe('2026-12-03');
    expect(formatDate('2026-12-02')).toBe('2026-12-02');
    expect(formatTime(null)).toBe('');
    expect(formatTime('not a time')).toBe('not a time');
  });

  it('formats fen as yuan with two decimals', () => {
    expect(formatYuan(123456)).toBe('¥1,234.56');
    expect(formatYuan(null)).toBe('');
  });

  it('bounds a picked date range by Beijing days', () => {
    expect(beijingDayRange([dayjs('2026-12-01'), dayjs('2026-12-03')])).toEqual({
      from: '2026-11-30T16:00:00.000Z',
      to: '2026-12-03T15:59:59.999Z',
    });
    expect(beijingDayRange(undefined)).toEqual({ from: undefined, to: undefined });
  });
});
