/**
 * The one calendar of PolicyHub: Beijing days (China Standard Time, UTC+8, no daylight saving
 * time, so a fixed offset is exact), cover boundaries and ages. Insurance periods in China run
 * "自…零时起至…二十四时止" in Beijing time whatever the server's time zone is.
 */

/** China Standard Time is UTC+8 all year. */
export const BEIJING_OFFSET_MS = 8 * 3_600_000;
export const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `2025-11-21`: the Beijing calendar date of an instant. */
export function beijingDate(at: Date): string {
  return new Date(at.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}

/** `20251121`: the Beijing calendar date of an instant, compact (business numbers). */
export function beijingDay(at: Date): string {
  return beijingDate(at).replaceAll('-', '');
}

/** `2025-11`: the Beijing calendar month of an instant. */
export function beijingMonth(at: Date): string {
  return beijingDate(at).slice(0, 7);
}

function utcMidnight(date: string): number {
  const m = ISO_DATE.exec(date);
  const ms = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : Number.NaN;
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === date ? ms : Number.NaN;
}

/** Whether `date` is a calendar date that exists, written YYYY-MM-DD (2025-02-29 is not). */
export function isCalendarDate(date: string): boolean {
  return !Number.isNaN(utcMidnight(date));
}

/** The instant 00:00:00 Beijing time of a calendar date (YYYY-MM-DD). Throws on a malformed date. */
export function beijingMidnight(date: string): Date {
  const ms = utcMidnight(date);
  if (Number.isNaN(ms)) throw new RangeError(`not a calendar date: ${date}`);
  return new Date(ms - BEIJING_OFFSET_MS);
}

/** The last second of a Beijing calendar date (23:59:59), as a cover's end is stored. */
export function endOfBeijingDay(date: string): Date {
  return new Date(beijingMidnight(date).getTime() + DAY_MS - 1000);
}

/** 00:00 Beijing time of the day after the instant's Beijing day ("次日零时"). */
export function startOfNextBeijingDay(at: Date): Date {
  const local = at.getTime() + BEIJING_OFFSET_MS;
  return new Date(Math.floor(local / DAY_MS) * DAY_MS + DAY_MS - BEIJING_OFFSET_MS);
}

/** The instant truncated to its whole hour (travel cover starts and ends to the hour). */
export function toTheHour(at: Date): Date {
  return new Date(Math.floor(at.getTime() / HOUR_MS) * HOUR_MS);
}

/** Whether the instant is 00:00:00.000 Beijing time. */
export function isBeijingMidnight(at: Date): boolean {
  return (at.getTime() + BEIJING_OFFSET_MS) % DAY_MS === 0;
}

/** The calendar date `days` after `date` (both YYYY-MM-DD; days may be negative). */
export function addDays(date: string, days: number): string {
  return new Date(beijingMidnight(date).getTime() + BEIJING_OFFSET_MS + days * DAY_MS)
    .toISOString()
    .slice(0, 10);
}

function dayParts(date: string | Date): [number, number, number] {
  const day = date instanceof Date ? (Number.isNaN(date.getTime()) ? '' : beijingDate(date)) : date;
  if (!isCalendarDate(day)) throw new RangeError(`Expected a YYYY-MM-DD date, got "${String(date)}"`);
  return day.split('-').map(Number) as [number, number, number];
}

/**
 * Age in whole years on `on` (周岁, age last birthday, as insurers rate it); dates are
 * YYYY-MM-DD, an instant counts as its Beijing day. Someone born on 29 February turns a year
 * older on 1 March in common years. Throws RangeError on a malformed or impossible date.
 */
export function ageOn(birthDate: string | Date, on: string | Date): number {
  const [by, bm, bd] = dayParts(birthDate);
  const [y, m, d] = dayParts(on);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
