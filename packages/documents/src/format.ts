/** Date, time, money and period formatting for Chinese documents (always Beijing time, UTC+8). */

export type DateLike = string | Date;

const BEIJING_OFFSET_MS = 8 * 3_600_000;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

type Parts = { y: string; m: string; d: string; hh: string; mm: string; ss: string; dateOnly: boolean };

function parts(value: DateLike): Parts | undefined {
  if (typeof value === 'string') {
    const m = DATE_ONLY.exec(value.trim());
    if (m)
      return { y: m[1] ?? '', m: m[2] ?? '', d: m[3] ?? '', hh: '00', mm: '00', ss: '00', dateOnly: true };
  }
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return undefined;
  // China has no daylight saving time: a fixed offset is exact.
  const b = new Date(date.getTime() + BEIJING_OFFSET_MS);
  const p2 = (n: number) => String(n).padStart(2, '0');
  return {
    y: String(b.getUTCFullYear()),
    m: p2(b.getUTCMonth() + 1),
    d: p2(b.getUTCDate()),
    hh: p2(b.getUTCHours()),
    mm: p2(b.getUTCMinutes()),
    ss: p2(b.getUTCSeconds()),
    dateOnly: false,
  };
}

/** `2025年01月01日` */
export function formatDate(value: DateLike): string {
  const p = parts(value);
  return p ? `${p.y}年${p.m}月${p.d}日` : String(value);
}

/** `2025-01-01` (Beijing date) */
export function formatShortDate(value: DateLike): string {
  const p = parts(value);
  return p ? `${p.y}-${p.m}-${p.d}` : String(value);
}

/** `2025-01-01 08:30:00` (Beijing time) */
export function formatDateTime(value: DateLike): string {
  const p = parts(value);
  if (!p) return String(value);
  return p.dateOnly ? `${p.y}-${p.m}-${p.d}` : `${p.y}-${p.m}-${p.d} ${p.hh}:${p.mm}:${p.ss}`;
}

/**
 * A period of cover in the customary wording: dates alone mean "from 0:00 of the first day to 24:00
 * of the last", e.g. `自2025年01月01日零时起至2025年12月31日二十四时止`.
 */
export function formatPeriod(period: { start: DateLike; end: DateLike }): string {
  const s = parts(period.start);
  const e = parts(period.end);
  if (!s || !e) return `${String(period.start)} 至 ${String(period.end)}`;
  const start = s.dateOnly ? `${s.y}年${s.m}月${s.d}日零时` : `${s.y}年${s.m}月${s.d}日${s.hh}时${s.mm}分`;
  const end = e.dateOnly ? `${e.y}年${e.m}月${e.d}日二十四时` : `${e.y}年${e.m}月${e.d}日${e.hh}时${e.mm}分`;
  return `自${start}起至${end}止`;
}

/** `¥1,234.56` */
export function formatMoney(amount: number): string {
  const sign = amount < 0 ? '-' : '';
  const [int, frac] = Math.abs(amount).toFixed(2).split('.');
  return `${sign}¥${(int ?? '0').replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac ?? '00'}`;
}

const DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const SMALL_UNITS = ['', '拾', '佰', '仟'];
const BIG_UNITS = ['', '万', '亿', '万亿'];

/** Amount in capital Chinese numerals as on receipts: `人民币壹仟贰佰叁拾肆元伍角陆分`. */
export function amountInWords(amount: number): string {
  if (!Number.isFinite(amount)) return String(amount);
  const negative = amount < 0;
  const cents = Math.round(Math.abs(amount) * 100);
  let yuan = Math.floor(cents / 100);
  const jiao = Math.floor((cents % 100) / 10);
  const fen = cents % 10;
  let intPart = '';
  if (yuan === 0) intPart = '零';
  else {
    const groups: number[] = [];
    while (yuan > 0) {
      groups.push(yuan % 10_000);
      yuan = Math.floor(yuan / 10_000);
    }
    let needZero = false;
    for (let g = groups.length - 1; g >= 0; g--) {
      const group = groups[g] ?? 0;
      if (group === 0) {
        needZero = intPart !== '';
        continue;
      }
      if (needZero || (intPart !== '' && group < 1000)) intPart += '零';
      needZero = false;
      let zeroPending = false;
      let text = '';
      for (let i = 3; i >= 0; i--) {
        const digit = Math.floor(group / 10 ** i) % 10;
        if (digit === 0) {
          zeroPending = text !== '';
        } else {
          if (zeroPending) text += '零';
          zeroPending = false;
          text += (DIGITS[digit] ?? '') + (SMALL_UNITS[i] ?? '');
        }
      }
      intPart += text + (BIG_UNITS[g] ?? '');
    }
  }
  let result = `${intPart}元`;
  if (jiao === 0 && fen === 0) result += '整';
  else {
    if (jiao > 0) result += `${DIGITS[jiao]}角`;
    else if (intPart !== '零') result += '零';
    if (fen > 0) result += `${DIGITS[fen]}分`;
  }
  if (intPart === '零' && (jiao > 0 || fen > 0)) result = result.replace(/^零元零?/, '');
  return `${negative ? '负' : ''}人民币${result}`;
}
