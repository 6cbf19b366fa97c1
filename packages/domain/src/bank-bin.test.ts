import { describe, expect, it } from 'vitest';
import { BANK_BINS, BANKS, bankBinOf, isListedBank } from './bank-bin.js';

describe('bankBinOf', () => {
  // Published BINs of UnionPay debit cards (借记卡), one line per bank.
  it.each([
    ['6222020200112233445', '中国工商银行'],
    ['6217001210063580944', '中国建设银行'],
    ['6228480392725997118', '中国农业银行'],
    ['6216610100001234567', '中国银行'],
    ['6216600100001234567', '中国银行'],
    ['6225880212345678', '招商银行'],
    ['6222620110001234567', '交通银行'],
    ['6217991000001234567', '中国邮政储蓄银行'],
  ])('%s → %s', (card, bank) => {
    expect(bankBinOf(card)?.bank).toBe(bank);
  });

  it('reads formatted and partly typed numbers once six digits are there', () => {
    expect(bankBinOf('6222 02')?.bank).toBe('中国工商银行');
    expect(bankBinOf('６２２８-48')?.bank).toBe('中国农业银行');
    expect(bankBinOf('62220')).toBeNull();
    expect(bankBinOf('')).toBeNull();
  });

  it('knows nothing about a BIN that is not in the table', () => {
    expect(bankBinOf('4111111111111111')).toBeNull();
    expect(bankBinOf('6666666666666666')).toBeNull();
  });
});

describe('the BIN table', () => {
  it('has six-digit prefixes, each once, of listed banks with a UnionPay length', () => {
    const prefixes = BANK_BINS.map((b) => b.prefix);
    expect(new Set(prefixes).size).toBe(prefixes.length);
    for (const bin of BANK_BINS) {
      expect(bin.prefix).toMatch(/^\d{6}$/);
      expect(isListedBank(bin.bank)).toBe(true);
      expect(bin.length).toBeGreaterThanOrEqual(16);
      expect(bin.length).toBeLessThanOrEqual(19);
    }
  });

  it('lists each bank once', () => {
    expect(new Set(BANKS).size).toBe(BANKS.length);
    expect(isListedBank('招商银行')).toBe(true);
    expect(isListedBank('某农商银行')).toBe(false);
    expect(isListedBank(null)).toBe(false);
  });
});
