import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectFailure, expectPass } from '../test-support/rules.js';
import { bankCardLast4, passesLuhn, validateBankCard } from './bank-card.js';

describe('validateBankCard', () => {
  it('accepts a Luhn-valid card without warnings and strips spaces', () => {
    expect(expectPass(validateBankCard('4111 1111 1111 1111'))).toEqual({
      ok: true,
      value: '4111111111111111',
      warnings: [],
    });
  });

  it('only warns when Luhn fails', () => {
    const result = expectPass(validateBankCard('6222021234567890123'));
    expect(result.value).toBe('6222021234567890123');
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatch(/Luhn.*核对/);
  });

  it.each([16, 19])('accepts %i digits', (length) => {
    expectPass(validateBankCard('6'.repeat(length)));
  });

  it.each([12, 15, 20])('rejects %i digits', (length) => {
    expect(expectFailure(validateBankCard('6'.repeat(length)), 'BANK_CARD_LENGTH').reason).toContain(
      `当前为 ${length} 位`,
    );
  });

  it('rejects empty input and non-digits', () => {
    expectFailure(validateBankCard('   '), 'BANK_CARD_EMPTY');
    expectFailure(validateBankCard('6222 0212 3456 123A'), 'BANK_CARD_CHAR');
  });

  it('accepts hyphens and full-width digits', () => {
    expect(expectPass(validateBankCard('６２２２-0212-3456-1234')).value).toBe('6222021234561234');
  });

  it('keeps exactly the digits typed (no digit added, dropped or changed)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{16,19}$/), (digits) => {
        const grouped = digits.replace(/(\d{4})(?=\d)/g, '$1 ');
        expect(expectPass(validateBankCard(grouped)).value).toBe(digits);
      }),
    );
  });

  it('warns when the length does not match the issuer’s BIN (16-digit 622202…)', () => {
    const card = luhn('622202123456789');
    const result = expectPass(validateBankCard(card));
    expect(result.warnings).toEqual([expect.stringMatching(/中国工商银行.*19 位.*当前为 16 位/)]);
  });

  it('warns when the chosen bank is not the BIN’s bank, never when it is', () => {
    const card = luhn('622848123456789012');
    expect(expectPass(validateBankCard(card, { bankName: '中国农业银行' })).warnings).toEqual([]);
    expect(expectPass(validateBankCard(card)).warnings).toEqual([]);
    const other = expectPass(validateBankCard(card, { bankName: '招商银行' }));
    expect(other.warnings).toEqual([expect.stringMatching(/622848.*中国农业银行.*招商银行/)]);
    // Unknown BIN: whatever bank the user names is taken as it is.
    expect(
      expectPass(validateBankCard(luhn('999999123456789'), { bankName: '某农商银行' })).warnings,
    ).toEqual([]);
  });
});

/** `body` + the Luhn check digit. */
function luhn(body: string): string {
  return body + [...'0123456789'].find((d) => passesLuhn(body + d))!;
}

describe('passesLuhn', () => {
  it('checks known numbers', () => {
    expect(passesLuhn('4111111111111111')).toBe(true);
    expect(passesLuhn('79927398713')).toBe(true);
    expect(passesLuhn('79927398710')).toBe(false);
    expect(passesLuhn('')).toBe(false);
    expect(passesLuhn('12a4')).toBe(false);
  });

  it('detects every single-digit change', () => {
    const luhnCard = fc.stringMatching(/^\d{11,18}$/).map((body) => {
      const check = [...'0123456789'].find((d) => passesLuhn(body + d))!;
      return body + check;
    });
    fc.assert(
      fc.property(luhnCard, fc.nat(), fc.integer({ min: 1, max: 9 }), (card, at, shift) => {
        expect(passesLuhn(card)).toBe(true);
        const i = at % card.length;
        const changed = card.slice(0, i) + String((Number(card[i]) + shift) % 10) + card.slice(i + 1);
        expect(passesLuhn(changed)).toBe(false);
      }),
    );
  });
});

describe('bankCardLast4', () => {
  it('returns the last four digits of a formatted number', () => {
    expect(bankCardLast4('6222 0212 3456 1234')).toBe('1234');
    expect(bankCardLast4('6222-0212-3456-12 34 ')).toBe('1234');
  });

  it('never throws on short input', () => {
    expect(bankCardLast4('')).toBe('');
    expect(bankCardLast4('12')).toBe('12');
  });
});
