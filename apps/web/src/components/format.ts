import dayjs, { type Dayjs } from 'dayjs';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);

/**
 * Date and time to the second in Beijing time, whatever the browser's zone (a policy issued at
 * 13:08 Beijing time showed 05:08 in a UTC browser); empty for missing values.
 */
export function formatTime(value: string | null | undefined): string {
  if (!value) return '';
  const d = dayjs(value);
  return d.isValid() ? d.utcOffset(8 * 60).format('YYYY-MM-DD HH:mm:ss') : value;
}

/**
 * Calendar date (YYYY-MM-DD) in Beijing time, whatever the browser's zone: policy periods,
 * retention dates and certificate validity are Beijing dates, as printed on the documents.
 */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const d = dayjs(value);
  return d.isValid() ? d.utcOffset(8 * 60).format('YYYY-MM-DD') : value;
}

/**
 * The instants bounding the Beijing calendar days picked in a date range (the picker's days are
 * the browser's; a UTC browser's "3 Dec" would otherwise start at 08:00 Beijing time).
 */
export function beijingDayRange(range: readonly [Dayjs | null, Dayjs | null] | null | undefined): {
  from: string | undefined;
  to: string | undefined;
} {
  const bound = (day: Dayjs | null | undefined, edge: 'start' | 'end') => {
    if (!day) return undefined;
    const beijing = dayjs.utc(day.format('YYYY-MM-DD')).utcOffset(8 * 60, true);
    return (edge === 'start' ? beijing.startOf('day') : beijing.endOf('day')).toISOString();
  };
  return { from: bound(range?.[0], 'start'), to: bound(range?.[1], 'end') };
}

/** An amount in fen (分) as yuan with the ¥ sign and two decimals, e.g. 123456 → ¥1,234.56. */
export function formatYuan(fen: number | null | undefined): string {
  if (fen === null || fen === undefined || !Number.isFinite(fen)) return '';
  return `¥${(fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

/** A byte count for people: 812 B, 76.4 KB, 1.2 MB. */
export function formatBytes(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined || !Number.isFinite(bytes)) return '';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
