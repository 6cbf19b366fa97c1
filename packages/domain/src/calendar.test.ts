import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  ageOn,
  beijingDate,
  beijingDay,
  beijingMidnight,
  beijingMonth,
  endOfBeijingDay,
  isCalendarDate,
  isBeijingMidnight,
  startOfNextBeijingDay,
  toTheHour,
} from './calendar.js';

// Instants between 1990 and 2100.
const instant = fc.integer({ min: 631_152_000_000, max: 4_102_444_800_000 }).map((ms) => new Date(ms));

describe('Beijing days', () => {
  it('an instant just before and at Beijing midnight fall on different days', () => {
    // 2025-11-21 16:00:00Z is 2025-11-22 00:00 in Beijing.
    expect(beijingDate(new Date('2025-11-21T15:59:59.999Z'))).toBe('2025-11-21');
    expect(beijingDate(new Date('2025-11-21T16:00:00.000Z'))).toBe('2025-11-22');
    expect(beijingDay(new Date('2025-11-21T16:00:00.000Z'))).toBe('20251122');
    expect(beijingMonth(new Date('2025-11-30T16:00:00.000Z'))).toBe('2025-12');
  });

  it('midnight of a date is 16:00Z the day before, and is that date again', () => {
    expect(beijingMidnight('2026-01-01').toISOString()).toBe('2025-12-31T16:00:00.000Z');
    expect(endOfBeijingDay('2026-01-01').toISOString()).toBe('2026-01-01T15:59:59.000Z');
    fc.assert(
      fc.property(instant, (at) => {
        const day = beijingDate(at);
        const midnight = beijingMidnight(day);
        expect(beijingDate(midnight)).toBe(day);
        expect(isBeijingMidnight(midnight)).toBe(true);
        expect(midnight.getTime()).toBeLessThanOrEqual(at.getTime());
        expect(at.getTime() - midnight.getTime()).toBeLessThan(86_400_000);
      }),
    );
  });

  it('refuses dates that do not exist', () => {
    for (const bad of ['2025-02-29', '2025-13-01', '2025-1-1', '', '2025-11-21T00:00']) {
      expect(isCalendarDate(bad)).toBe(false);
      expect(() => beijingMidnight(bad)).toThrow(RangeError);
    }
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(beijingMidnight('2024-02-29').toISOString()).toBe('2024-02-28T16:00:00.000Z');
  });

  it('the next day starts at the following Beijing midnight, never later than 24 h', () => {
    expect(startOfNextBeijingDay(new Date('2025-11-21T15:59:59Z')).toISOString()).toBe(
      '2025-11-21T16:00:00.000Z',
    );
    expect(startOfNextBeijingDay(new Date('2025-11-21T16:00:00Z')).toISOString()).toBe(
      '2025-11-22T16:00:00.000Z',
    );
    fc.assert(
      fc.property(instant, (at) => {
        const next = startOfNextBeijingDay(at);
        expect(isBeijingMidnight(next)).toBe(true);
        expect(next.getTime()).toBeGreaterThan(at.getTime());
        expect(next.getTime() - at.getTime()).toBeLessThanOrEqual(86_400_000);
        expect(beijingDate(next)).toBe(addDays(beijingDate(at), 1));
      }),
    );
  });

  it('to the hour drops minutes and seconds only', () => {
    expect(toTheHour(new Date('2025-11-21T08:59:59.999Z')).toISOString()).toBe('2025-11-21T08:00:00.000Z');
    fc.assert(
      fc.property(instant, (at) => {
        const h = toTheHour(at);
        expect(at.getTime() - h.getTime()).toBeLessThan(3_600_000);
        expect(h.getUTCMinutes() + h.getUTCSeconds() + h.getUTCMilliseconds()).toBe(0);
      }),
    );
  });

  it('adds days across months, leap years and backwards', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
  });
});

describe('ageOn (周岁)', () => {
  it('is one year more on the birthday, not the day before', () => {
    expect(ageOn('1970-06-15', '2025-06-14')).toBe(54);
    expect(ageOn('1970-06-15', '2025-06-15')).toBe(55);
  });

  it('a 29 February birth turns a year older on 1 March in common years, on 29 February in leap years', () => {
    expect(ageOn('2000-02-29', '2017-02-28')).toBe(16);
    expect(ageOn('2000-02-29', '2017-03-01')).toBe(17);
    expect(ageOn('2000-02-29', '2016-02-28')).toBe(15);
    expect(ageOn('2000-02-29', '2016-02-29')).toBe(16);
  });

  it('counts an instant as its Beijing day', () => {
    // 2025-03-06T16:00Z is already 7 March in Beijing.
    expect(ageOn('1990-03-07', new Date('2025-03-06T15:59:59Z'))).toBe(34);
    expect(ageOn('1990-03-07', new Date('2025-03-06T16:00:00Z'))).toBe(35);
  });

  it('throws on malformed or impossible dates', () => {
    expect(() => ageOn('1990-02-30', '2025-01-01')).toThrow(RangeError);
    expect(() => ageOn('19900307', '2025-01-01')).toThrow(RangeError);
    expect(() => ageOn('1990-03-07', new Date(Number.NaN))).toThrow(RangeError);
  });

  it('never decreases as time passes and grows by one a year', () => {
    const date = fc.integer({ min: 0, max: 40_000 }).map((d) => addDays('1950-01-01', d));
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 20_000 }), (birth, days) => {
        const on = addDays(birth, days);
        const later = addDays(on, 1);
        expect(ageOn(birth, on)).toBeGreaterThanOrEqual(0);
        expect(ageOn(birth, later) - ageOn(birth, on)).toBeGreaterThanOrEqual(0);
        expect(ageOn(birth, later) - ageOn(birth, on)).toBeLessThanOrEqual(1);
      }),
    );
  });
});
