import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskBankCard, maskEmail, maskIdNumber, maskMobile, maskName } from './masking.js';
import { normalizeMobile } from './mobile.js';

/** Splits a masked value into what it reveals at the start, the stars, and what it reveals at the end. */
function parts(masked: string): { start: string; stars: number; end: string } {
  const match = /^([^*]*)(\**)([^*]*)$/u.exec(masked);
  expect(match, `"${masked}" is not prefix + stars + suffix`).not.toBeNull();
  return { start: match![1]!, stars: match![2]!.length, end: match![3]! };
}

const alnum = fc.string({ unit: fc.constantFrom(...'0123456789ABCDEFGHXYZ'), maxLength: 30 });

describe('maskIdNumber', () => {
  it('follows the display convention', () => {
    expect(maskIdNumber('110101199003070011')).toBe('110101********0011');
    expect(maskIdNumber('11010119900307002X')).toBe('110101********002X');
    expect(maskIdNumber('110101900307001')).toBe('110101*****7001');
  });

  it('keeps less of shorter documents', () => {
    expect(maskIdNumber('E12345678')).toBe('E******78');
    expect(maskIdNumber('H1234567890')).toBe('H1******890');
    expect(maskIdNumber('12345678')).toBe('1*****78');
    expect(maskIdNumber('ABC')).toBe('A**');
    expect(maskIdNumber('AB')).toBe('**');
    expect(maskIdNumber('')).toBe('');
  });

  it('reveals at most the first 6 and last 4, keeps the length and hides at least a third', () => {
    fc.assert(
      fc.property(alnum, (id) => {
        const masked = maskIdNumber(id);
        expect(masked).toHaveLength(id.length);
        const { start, stars, end } = parts(masked);
        expect(id.startsWith(start)).toBe(true);
        expect(id.endsWith(end)).toBe(true);
        expect(start.length).toBeLessThanOrEqual(6);
        expect(end.length).toBeLessThanOrEqual(4);
        expect(stars).toBeGreaterThanOrEqual(id.length / 3);
      }),
    );
  });
});

describe('maskMobile', () => {
  it('follows the display convention', () => {
    expect(maskMobile('13800138000')).toBe('138****8000');
    expect(maskMobile('+86 138-0013-8000')).toBe('138****8000');
  });

  it('never throws on short input', () => {
    expect(maskMobile('')).toBe('');
    expect(maskMobile('12')).toBe('**');
    expect(maskMobile('12345')).toBe('1****');
    expect(maskMobile('1234567')).toBe('12***67');
  });

  it('shows a mobile as its first 3 and last 4 digits', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^1[3-9]\d{9}$/), (mobile) => {
        expect(maskMobile(mobile)).toBe(`${mobile.slice(0, 3)}****${mobile.slice(7)}`);
      }),
    );
  });

  it('masks the number without its 0086 country prefix', () => {
    expect(maskMobile('008613812345678')).toBe('138****5678');
    expect(maskMobile('0086')).toBe('');
  });

  it('reveals at most 3 + 4 digits of anything', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{0,20}$/), (typed) => {
        // A 0086 country prefix is not part of the number (normalizeMobile drops it).
        const digits = normalizeMobile(typed);
        const masked = maskMobile(typed);
        expect(masked).toHaveLength(digits.length);
        const { start, stars, end } = parts(masked);
        expect(digits.startsWith(start) && digits.endsWith(end)).toBe(true);
        expect(start.length).toBeLessThanOrEqual(3);
        expect(end.length).toBeLessThanOrEqual(4);
        expect(stars).toBeGreaterThanOrEqual(digits.length / 3);
      }),
    );
  });
});

describe('maskBankCard', () => {
  it('follows the PL-7 convention', () => {
    expect(maskBankCard('6222021234561234')).toBe('6222 **** **** 1234');
    expect(maskBankCard('6222 0212 3456 1234')).toBe('6222 **** **** 1234');
    expect(maskBankCard('6222021234567893445')).toBe('6222 **** **** *** 3445');
    expect(maskBankCard('622202123456')).toBe('6222 **** 3456');
  });

  it('never throws and reveals less of short input', () => {
    expect(maskBankCard('')).toBe('');
    expect(maskBankCard('1234')).toBe('****');
    expect(maskBankCard('12345678')).toBe('**** 5678');
  });

  it('reveals at most the first 4 and last 4 digits and keeps the number of digits', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{0,19}$/), (card) => {
        const masked = maskBankCard(card);
        const groups = masked.split(' ').filter((g) => g !== '');
        expect(groups.every((g) => g.length <= 4)).toBe(true);
        const { start, stars, end } = parts(masked.replaceAll(' ', ''));
        expect(start.length + stars + end.length).toBe(card.length);
        expect(card.startsWith(start) && card.endsWith(end)).toBe(true);
        expect(start.length).toBeLessThanOrEqual(4);
        expect(end.length).toBeLessThanOrEqual(4);
        if (card.length >= 12) expect([start, end]).toEqual([card.slice(0, 4), card.slice(-4)]);
      }),
    );
  });
});

describe('maskName', () => {
  it('keeps the first character', () => {
    expect(maskName('张三')).toBe('张*');
    expect(maskName('张小明')).toBe('张**');
    expect(maskName('欧阳娜娜')).toBe('欧***');
    expect(maskName('𠮷野家')).toBe('𠮷**');
  });

  it('hides a one-character name and never throws', () => {
    expect(maskName('张')).toBe('*');
    expect(maskName('')).toBe('');
    expect(maskName('  ')).toBe('');
  });

  it('keeps the length in characters and reveals only the first', () => {
    const name = fc.string({ unit: fc.constantFrom(...'张王李欧阳娜明𠮷·'), minLength: 2, maxLength: 50 });
    fc.assert(
      fc.property(name, (n) => {
        const chars = Array.from(n);
        expect(maskName(n)).toBe(chars[0] + '*'.repeat(chars.length - 1));
      }),
    );
  });
});

describe('maskEmail', () => {
  it('keeps the first character and the domain', () => {
    expect(maskEmail('zhang@example.com')).toBe('z***@example.com');
    expect(maskEmail(' zhangsan@example.com ')).toBe('z***@example.com');
  });

  it('hides a one-character local part and never throws', () => {
    expect(maskEmail('z@example.com')).toBe('***@example.com');
    expect(maskEmail('')).toBe('');
    expect(maskEmail('@')).toBe('***@');
    expect(maskEmail('no-at-sign')).toBe('n***');
  });

  it('reveals only the first character of the local part', () => {
    const local = fc.stringMatching(/^[a-z0-9._]{2,20}$/);
    fc.assert(
      fc.property(local, (l) => {
        expect(maskEmail(`${l}@example.com`)).toBe(`${l[0]}***@example.com`);
      }),
    );
  });
});
