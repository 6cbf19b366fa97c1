import { describe, expect, it } from 'vitest';
import { amountInWords, formatDate, formatDateTime, formatMoney, formatPeriod } from './format.js';

describe('amountInWords', () => {
  it.each([
    [0, '人民币零元整'],
    [0.5, '人民币伍角'],
    [0.05, '人民币伍分'],
    [10.05, '人民币壹拾元零伍分'],
    [360, '人民币叁佰陆拾元整'],
    [1234.56, '人民币壹仟贰佰叁拾肆元伍角陆分'],
    [100010, '人民币壹拾万零壹拾元整'],
    [101000000, '人民币壹亿零壹佰万元整'],
    [100000000, '人民币壹亿元整'],
    [1002003.4, '人民币壹佰万贰仟零叁元肆角'],
    [-30, '负人民币叁拾元整'],
  ])('%d → %s', (amount, words) => {
    expect(amountInWords(amount)).toBe(words);
  });
});

describe('dates and money', () => {
  it('formats in Beijing time whatever the server zone', () => {
    expect(formatDateTime(new Date('2025-11-01T16:30:00Z'))).toBe('2025-11-02 00:30:00');
    expect(formatDate(new Date('2025-11-01T16:30:00Z'))).toBe('2025年11月02日');
    expect(formatDate('2025-01-05')).toBe('2025年01月05日');
  });

  it('words a period of cover as Chinese policies do', () => {
    expect(formatPeriod({ start: '2025-01-01', end: '2025-12-31' })).toBe(
      '自2025年01月01日零时起至2025年12月31日二十四时止',
    );
    expect(
      formatPeriod({ start: new Date('2025-01-01T02:00:00Z'), end: new Date('2025-01-05T02:00:00Z') }),
    ).toBe('自2025年01月01日10时00分起至2025年01月05日10时00分止');
  });

  it('formats money with separators and two decimals', () => {
    expect(formatMoney(1234567.891)).toBe('¥1,234,567.89');
    expect(formatMoney(-5)).toBe('-¥5.00');
  });
});
